'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import {
  describeProblem,
  problemsFor,
  type ProblemItem,
  type SiteStatusResponse,
} from './describe-build'

/**
 * On an article's edit screen: what the last site build could not publish of this article, and
 * what the public site shows meanwhile. Nothing when the build had no problem with it.
 */
export function ArticleBuildProblem() {
  const { id, collectionSlug } = useDocumentInfo()
  const [items, setItems] = useState<ProblemItem[]>([])

  useEffect(() => {
    if (id === undefined || !collectionSlug) return
    let cancelled = false
    void (async () => {
      const res = await fetch('/api/site/status', { credentials: 'include' })
      if (!res.ok || cancelled) return
      const status = (await res.json()) as SiteStatusResponse
      if (!cancelled)
        setItems(problemsFor(status, collectionSlug, id).map((p) => describeProblem(p)))
    })()
    return () => {
      cancelled = true
    }
  }, [id, collectionSlug])

  if (items.length === 0) return null
  return (
    <div
      role="alert"
      style={{
        border: '1px solid var(--theme-error-400)',
        background: 'var(--theme-error-50)',
        padding: 'calc(var(--base) / 2) var(--base)',
        marginBottom: 'var(--base)',
      }}
    >
      <strong>Lần xây dựng trang gần nhất chưa đăng được bài này như hiện tại.</strong>
      <ul>
        {items.map((item) => (
          <li key={item.message}>
            {item.message} <em>{item.outcome}</em>
          </li>
        ))}
      </ul>
      <p>Sửa theo hướng dẫn rồi lưu lại; trang sẽ được xây dựng lại tự động.</p>
    </div>
  )
}
