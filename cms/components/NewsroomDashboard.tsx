'use client'
import { useEffect, useState } from 'react'

import type { ArticleLine, NewsroomSummary } from '../newsroom/summary'
import { editUrl, when } from './newsroom-text'

function Section({
  title,
  lines,
  empty,
  detail,
}: {
  title: string
  lines: ArticleLine[]
  empty: string
  detail: (line: ArticleLine) => React.ReactNode
}) {
  return (
    <section
      aria-label={title}
      style={{
        flex: '1 1 320px',
        border: '1px solid var(--theme-elevation-150)',
        padding: 'var(--base)',
      }}
    >
      <h3 style={{ marginTop: 0 }}>
        {title} ({lines.length})
      </h3>
      {lines.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul style={{ paddingLeft: '1.2em', margin: 0 }}>
          {lines.map((line) => (
            <li key={`${line.id}-${line.when ?? ''}`} style={{ marginBottom: 6 }}>
              <a href={editUrl(line.id)}>{line.title}</a> {detail(line)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** "gửi lúc 02/01/2030 10:00": what was last done to the article, and when. */
const lastChange = (verb: string) => (line: ArticleLine) => (
  <small>
    {verb} lúc {when(line.updatedAt)}
  </small>
)

/**
 * The newsroom's day on the dashboard, per role: what waits for review (editors), one's drafts and
 * returned articles (reporters), what is scheduled and when, what was published with its public
 * link. The site's build state is the panel above (SiteStatus).
 */
export function NewsroomDashboard() {
  const [summary, setSummary] = useState<NewsroomSummary | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let cancelled = false
    void (async () => {
      const res = await fetch('/api/newsroom', { credentials: 'include' })
      if (cancelled) return
      if (!res.ok) return setFailed(true)
      setSummary((await res.json()) as NewsroomSummary)
    })()
    return () => {
      cancelled = true
    }
  }, [])

  if (failed) return <p role="alert">Không tải được bảng tin tòa soạn. Tải lại trang để thử lại.</p>
  if (!summary) return <p>Đang tải bảng tin tòa soạn…</p>
  const editor = summary.role === 'editor'
  return (
    <div
      data-newsroom-dashboard
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 'var(--base)',
        marginBottom: 'calc(var(--base) * 2)',
      }}
    >
      {editor && (
        <Section
          title="Chờ duyệt"
          lines={summary.waiting}
          empty="Không có bài nào chờ duyệt."
          detail={lastChange('gửi')}
        />
      )}
      <Section
        title={editor ? 'Đã trả lại, chờ phóng viên sửa' : 'Bài bị trả lại'}
        lines={summary.returned}
        empty="Không có bài nào bị trả lại."
        detail={(l) => (l.note ? <small>— {l.note}</small> : null)}
      />
      <Section
        title="Bản nháp của tôi"
        lines={summary.drafts}
        empty="Không có bản nháp."
        detail={lastChange('sửa')}
      />
      <Section
        title="Hẹn giờ"
        lines={summary.scheduled}
        empty="Không có bài nào hẹn giờ."
        detail={(l) => (
          <small>
            {l.scheduled === 'unpublish' ? 'gỡ' : 'đăng'} lúc {when(l.when)}
          </small>
        )}
      />
      <Section
        title="Mới xuất bản"
        lines={summary.published}
        empty="Chưa có bài nào được xuất bản."
        detail={(l) => (
          <small>
            {when(l.when)}
            {l.url && (
              <>
                {' · '}
                <a href={l.url} target="_blank" rel="noopener">
                  xem trên trang
                </a>
              </>
            )}
          </small>
        )}
      />
    </div>
  )
}
