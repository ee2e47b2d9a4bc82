import type { FieldHook, TextField, TextFieldSingleValidation } from 'payload'

/**
 * Shown next to the new-password fields on one's own account screen: the current password that
 * cms/hooks/requireCurrentPassword.ts checks before the change, sent with the save. Virtual, so no
 * column and no migration; the hook takes it out of the data before Payload sees it.
 */
const CURRENT_PASSWORD_LABEL = 'Mật khẩu hiện tại'
export const CURRENT_PASSWORD_MISSING = 'Nhập mật khẩu hiện tại để đổi sang mật khẩu mới.'

/** A new password is being set in `data` and `value` holds no current one. */
export function currentPasswordMissing(value: unknown, data: unknown): boolean {
  const password = (data as { password?: unknown } | null | undefined)?.password
  return (
    typeof password === 'string' && password !== '' && (typeof value !== 'string' || value === '')
  )
}

// The admin's form state is checked on the server as one types, and its verdict replaces the
// browser's: without this, "missing" would be marked valid again. On save the hook decides (it has
// taken the value out of the data by then), so only the form state's 'onChange' checks ask.
const askedOnOwnAccount: TextFieldSingleValidation = (value, { data, event, id, req }) => {
  const own = Boolean(req.user) && String(req.user?.id) === String(id)
  return event === 'onChange' && own && currentPasswordMissing(value, data)
    ? CURRENT_PASSWORD_MISSING
    : true
}

// A password must never be written anywhere or read back, whatever path the data took.
const forgetValue: FieldHook = () => undefined

export const currentPasswordField: TextField = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: { vi: CURRENT_PASSWORD_LABEL, en: 'Current password' },
  validate: askedOnOwnAccount,
  hooks: { beforeChange: [forgetValue], afterRead: [forgetValue] },
  admin: {
    // Virtual fields are read-only in the admin unless told otherwise.
    readOnly: false,
    disableBulkEdit: true,
    disableListColumn: true,
    disableListFilter: true,
    components: { Field: '/components/CurrentPasswordField#CurrentPasswordField' },
  },
}
