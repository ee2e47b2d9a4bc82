'use client'
import {
  PasswordField,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useFormModified,
} from '@payloadcms/ui'
import type { TextFieldClientComponent, TextFieldClientProps } from 'payload'
import { useCallback, useEffect, useRef, useState } from 'react'

import { CURRENT_PASSWORD_MISSING, currentPasswordMissing } from '../fields/currentPassword'

type FieldProps = Pick<TextFieldClientProps, 'field'>

// Payload's new-password fields, filled in after "Đổi mật khẩu" is pressed.
const NEW_PASSWORD_PATHS = ['password', 'confirm-password']

// Only while a new password is typed: saving one's account otherwise never asks for it.
const requiredWhileChanging = (value: unknown, { data }: { data?: unknown }): string | true =>
  currentPasswordMissing(value, data) ? CURRENT_PASSWORD_MISSING : true

function CurrentPasswordInput({ field, path }: { field: FieldProps['field']; path: string }) {
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const newPassword = useFormFields(([fields]) => fields.password?.value)
  // useField checks a field again only when its own value or its validate changes; a new validate
  // each time the new password changes makes "missing" appear (after a save attempt) and go.
  const validate = useCallback(
    (value: unknown, options: { data?: unknown }) => requiredWhileChanging(value, options),
    [newPassword],
  )
  // The form checks, on submit, the validate it last stored, which useField stores only once the
  // validity changes: stored at once, an untouched field still stops the save.
  useEffect(() => dispatch({ type: 'UPDATE', path, validate }), [dispatch, path, validate])
  return (
    <PasswordField
      autoComplete="current-password"
      field={{ ...field, required: true }}
      path={path}
      validate={validate}
    />
  )
}

/**
 * The API's refusal of the last save (wrong current password, too many attempts), kept after
 * Payload folds the password fields away and its next form-state check clears the field's error;
 * forgotten when a new change begins or a save goes through.
 */
function useRefusal(path: string, changing: boolean): string | undefined {
  const error = useFormFields(([fields]) =>
    fields[path]?.valid === false ? fields[path]?.errorMessage : undefined,
  )
  const { lastUpdateTime } = useDocumentInfo()
  const [refusal, setRefusal] = useState<string>()
  // "Missing" is the browser's own verdict, shown on the field before anything is sent.
  useEffect(() => {
    if (error && error !== CURRENT_PASSWORD_MISSING) setRefusal(error)
  }, [error])
  useEffect(() => {
    if (changing) setRefusal(undefined)
  }, [changing])
  useEffect(() => setRefusal(undefined), [lastUpdateTime])
  return refusal
}

/**
 * "Mật khẩu hiện tại" under Payload's new password fields, on one's own account only: an admin
 * setting another account's password is not asked for it (cms/hooks/requireCurrentPassword.ts).
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const own =
    Boolean(user) &&
    id !== undefined &&
    collectionSlug === config.admin.user &&
    String(user?.id) === String(id)
  // The form state always holds Payload's `password` field; a value means a new one is being set.
  const changing = useFormFields(
    ([fields]) => typeof fields.password?.value === 'string' && fields.password.value !== '',
  )
  const refusal = useRefusal(path, changing)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const modified = useFormModified()
  const wasModified = useRef(modified)

  // After every save, refused or not, Payload folds its new-password fields away but keeps what was
  // typed in them, and would send it again with the next save (a changed name, say) together with a
  // current password that may no longer be current. The form is made to match what is shown.
  useEffect(() => {
    const saved = wasModified.current && !modified
    wasModified.current = modified
    if (!own || !saved || !changing) return
    for (const newPath of NEW_PASSWORD_PATHS) dispatch({ type: 'REMOVE', path: newPath })
    dispatch({ type: 'UPDATE', path, value: '' })
  }, [changing, dispatch, modified, own, path])

  if (!own) return null
  if (changing) return <CurrentPasswordInput field={field} path={path} />
  if (!refusal) return null
  return (
    <div role="alert" className="field-type" style={{ color: 'var(--theme-error-500)' }}>
      <strong>{refusal}</strong> Mật khẩu chưa được đổi. Bấm “Đổi mật khẩu”, nhập lại mật khẩu mới
      và mật khẩu hiện tại rồi bấm “Lưu”.
    </div>
  )
}
