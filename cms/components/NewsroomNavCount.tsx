'use client'
import { useAuth } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { countLabel, returnedListUrl, submittedListUrl } from './newsroom-text'

/**
 * In the admin navigation: how many articles wait for this person (editors: submitted;
 * reporters: returned to them), linking to that list. Refreshed every minute.
 */
export function NewsroomNavCount() {
  const { user } = useAuth()
  const [count, setCount] = useState<number | null>(null)
  const role = (user as { role?: string } | null)?.role

  useEffect(() => {
    if (!role) return
    let cancelled = false
    const load = async () => {
      const res = await fetch('/api/newsroom?count=1', { credentials: 'include' })
      if (res.ok && !cancelled) setCount(((await res.json()) as { count: number }).count)
    }
    void load()
    const timer = setInterval(() => void load(), 60_000)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [role])

  if (!role || count === null) return null
  const label = countLabel(role)
  return (
    <a
      href={role === 'reporter' ? returnedListUrl : submittedListUrl}
      className="nav__link"
      data-newsroom-count={count}
      aria-label={`${label}: ${count} bài`}
      style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: count > 0 ? 600 : 400 }}
    >
      {label}
      <span
        style={{
          minWidth: 22,
          textAlign: 'center',
          borderRadius: 11,
          padding: '0 6px',
          background: count > 0 ? 'var(--theme-error-500)' : 'var(--theme-elevation-150)',
          color: count > 0 ? 'white' : 'inherit',
        }}
      >
        {count}
      </span>
    </a>
  )
}
