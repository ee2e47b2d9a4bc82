'use client'
import { useAuth } from '@payloadcms/ui'
import type { ReactNode } from 'react'

// Payload's two "Tiếp quản" buttons: in the "Tài liệu bị khóa" dialog, and beside the save
// buttons once the locked article is open read-only. Their ids are Payload's own.
const TAKE_OVER_BUTTONS = '#document-locked-take-over, .doc-controls #take-over'

/**
 * Taking over a lock is an editor's action (access/canUpdateLock.ts refuses it to reporters), but
 * Payload offers the button to everyone who may edit the article. For a reporter it is not shown,
 * so nobody is offered something that then fails; "Quay lại" and "Xem chỉ đọc" stay.
 */
export function TakeOverForEditors({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  const isReporter = (user as { role?: string } | null)?.role === 'reporter'
  return (
    <>
      {isReporter && <style>{`${TAKE_OVER_BUTTONS} { display: none !important; }`}</style>}
      {children}
    </>
  )
}
