'use client'
import { Button, toast, useAuth, useDocumentInfo, useForm, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { REVIEW_TEXT } from './review-text'

type Role = 'admin' | 'editor' | 'reporter'

/**
 * Beside the article's save buttons: "Gửi duyệt" for its reporter, "Trả lại" for editors while it
 * waits. Each saves the form as a draft with the new review state (the server decides whether the
 * change is allowed: hooks/applyReviewTransition.ts). The reporter's screen reloads to show the
 * article waiting; the editor returns to the dashboard.
 */
export function ReviewActions() {
  const { user } = useAuth()
  const { id, collectionSlug, unlockDocument } = useDocumentInfo()
  const { submit } = useForm()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  const note = useFormFields(([fields]) => fields.reviewNote?.value as string | undefined)
  const [busy, setBusy] = useState(false)
  const role = (user as { role?: Role } | null)?.role
  if (!role || collectionSlug !== 'articles') return null

  const change = async (reviewState: 'submitted' | 'returned') => {
    if (id === undefined) return toast.error(REVIEW_TEXT.saveFirst)
    if (reviewState === 'returned' && !note?.trim()) return toast.error(REVIEW_TEXT.needsNote)
    setBusy(true)
    try {
      const result = await submit({
        action: `/api/articles/${id}?draft=true&depth=0`,
        method: 'PATCH',
        overrides: { _status: 'draft', reviewState },
        skipValidation: true,
      })
      if (!result?.res.ok) return
      if (reviewState === 'submitted') return window.location.reload()
      // The article is the reporter's again: the editor lets go of its lock (or the reporter would
      // find it locked, and taking over is not theirs) and goes back to the dashboard.
      await unlockDocument(id, collectionSlug)
      window.location.assign('/admin')
    } finally {
      setBusy(false)
    }
  }

  if (role === 'reporter' && state !== 'submitted') {
    return (
      <Button
        buttonStyle="primary"
        size="medium"
        disabled={busy}
        tooltip={REVIEW_TEXT.submitHint}
        onClick={() => void change('submitted')}
      >
        {REVIEW_TEXT.submit}
      </Button>
    )
  }
  if (role !== 'reporter' && state === 'submitted') {
    return (
      <Button
        buttonStyle="secondary"
        size="medium"
        disabled={busy}
        tooltip={REVIEW_TEXT.returnHint}
        onClick={() => void change('returned')}
      >
        {REVIEW_TEXT.returnIt}
      </Button>
    )
  }
  return null
}
