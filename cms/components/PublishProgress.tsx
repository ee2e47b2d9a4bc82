'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { LiveState } from '../newsroom/live-state'

const POLL_MS = 3000

/**
 * On a published article's edit screen: while the site rebuilds, that it is rebuilding; once the
 * page is served, the link to it. Asked again after every save (Publish included).
 */
export function PublishProgress() {
  const { id, savedDocumentData } = useDocumentInfo()
  const status = (savedDocumentData as { _status?: string } | undefined)?._status
  const updatedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt
  const [live, setLive] = useState<LiveState | null>(null)

  useEffect(() => {
    if (id === undefined || status !== 'published') return setLive(null)
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = async () => {
      const res = await fetch(`/api/newsroom/live/${id}`, { credentials: 'include' }).catch(
        () => null,
      )
      if (cancelled || !res?.ok) return
      const state = (await res.json()) as LiveState
      setLive(state)
      if (state.published && !state.served) timer = setTimeout(() => void check(), POLL_MS)
    }
    void check()
    return () => {
      cancelled = true
      if (timer) clearTimeout(timer)
    }
  }, [id, status, updatedAt])

  if (!live?.published || !live.url) return null
  return (
    <div
      role="status"
      data-publish-progress={live.served ? 'served' : 'building'}
      style={{
        padding: 'calc(var(--base) / 2) var(--base)',
        marginBottom: 'var(--base)',
        border: '1px solid var(--theme-elevation-150)',
      }}
    >
      {live.served ? (
        <>
          Bài đang có trên trang công khai:{' '}
          <a href={live.url} target="_blank" rel="noopener">
            {live.url}
          </a>
        </>
      ) : (
        <>
          Đang xây dựng lại trang công khai để đăng bài này… Liên kết sẽ hiện ở đây khi trang đã sẵn
          sàng.
        </>
      )}
    </div>
  )
}
