'use client'
import { Button, useAuth, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { describeBuild, describeProblems, type SiteStatusResponse } from './describe-build'
import { readStatusAnswer, rebuildAnswerMessage, UNREACHABLE_MESSAGE } from './read-answer'

const REFRESH_MS = 5000

/** Dashboard panel: what the public site shows now, and what is waiting to go out. */
export function SiteStatus() {
  const { user } = useAuth()
  const { config } = useConfig()
  const [status, setStatus] = useState<SiteStatusResponse | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    // A failed refresh keeps what the panel shows; the next one, 5 s later, tries again.
    const res = await fetch('/api/site/status', { credentials: 'include' }).catch(() => null)
    const answer = res && (await readStatusAnswer<SiteStatusResponse>(res))
    if (answer) setStatus(answer)
  }, [])

  useEffect(() => {
    void refresh()
    const timer = setInterval(refresh, REFRESH_MS)
    return () => clearInterval(timer)
  }, [refresh])

  const rebuild = async () => {
    try {
      const res = await fetch('/api/site/rebuild', { method: 'POST', credentials: 'include' })
      setMessage(await rebuildAnswerMessage(res))
    } catch {
      // fetch itself fails only when the request never reached the CMS.
      setMessage(UNREACHABLE_MESSAGE)
    }
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
              <a href={problem.href}>{problem.name}</a>: {problem.message}{' '}
              <em>{problem.outcome}</em>
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
