'use client'
import { Button, useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { describeBuild, type SiteStatusResponse } from './describe-build'

const REFRESH_MS = 5000

/** Dashboard panel: what the public site shows now, and what is waiting to go out. */
export function SiteStatus() {
  const { user } = useAuth()
  const [status, setStatus] = useState<SiteStatusResponse | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    const res = await fetch('/api/site/status', { credentials: 'include' })
    if (res.ok) setStatus(await res.json())
  }, [])

  useEffect(() => {
    void refresh()
    const timer = setInterval(refresh, REFRESH_MS)
    return () => clearInterval(timer)
  }, [refresh])

  const rebuild = async () => {
    const res = await fetch('/api/site/rebuild', { method: 'POST', credentials: 'include' })
    const body = await res.json()
    setMessage(body.message ?? body.error)
    void refresh()
  }

  if (!user || !status) return null
  const lines = describeBuild(status)
  return (
    <section aria-labelledby="site-status-title" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="site-status-title">Trang tin công khai</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {status.canRebuild && (
        <Button buttonStyle="secondary" onClick={rebuild}>
          Xây dựng lại trang ngay
        </Button>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  )
}
