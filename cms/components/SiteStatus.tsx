'use client'
import { Button, useAuth, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { describeBuild, describeProblems, type SiteStatusResponse } from './describe-build'

const REFRESH_MS = 5000

/** Dashboard panel: what the public site shows now, and what is waiting to go out. */
export function SiteStatus() {
  const { user } = useAuth()
  const { config } = useConfig()
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
  const problems = describeProblems(status, config.routes.admin)
  return (
    <section aria-labelledby="site-status-title" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="site-status-title">Trang tin công khai</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {problems.length > 0 && (
        <ul aria-label="Nội dung cần sửa">
          {problems.map((problem) => (
            <li key={problem.href}>
              <a href={problem.href}>{problem.name}</a>: {problem.message} <em>{problem.outcome}</em>
            </li>
          ))}
        </ul>
      )}
      {status.canRebuild && (
        <Button buttonStyle="secondary" onClick={rebuild}>
          Xây dựng lại trang ngay
        </Button>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  )
}
