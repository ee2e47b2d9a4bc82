'use client'
import { useAuth, useFormFields } from '@payloadcms/ui'

import { REVIEW_TEXT } from './review-text'

const box = (color: 'warning' | 'success') => ({
  border: `1px solid var(--theme-${color}-400)`,
  background: `var(--theme-${color}-50)`,
  padding: 'calc(var(--base) / 2) var(--base)',
  marginBottom: 'var(--base)',
})

/** At the top of an article: whether it waits for an editor, or came back with the editor's note. */
export function ReviewNotice() {
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  const note = useFormFields(([fields]) => fields.reviewNote?.value as string | undefined)
  const isReporter = (user as { role?: string } | null)?.role === 'reporter'
  if (state === 'submitted') {
    return (
      <div role="status" data-review-state="submitted" style={box('success')}>
        {isReporter ? REVIEW_TEXT.submittedForReporter : REVIEW_TEXT.submittedForEditor}
      </div>
    )
  }
  if (state === 'returned') {
    return (
      <div role="alert" data-review-state="returned" style={box('warning')}>
        <strong>{REVIEW_TEXT.returned}</strong>
        <p style={{ whiteSpace: 'pre-wrap', margin: 'calc(var(--base) / 4) 0 0' }}>{note}</p>
      </div>
    )
  }
  return null
}
