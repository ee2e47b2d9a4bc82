import { VIETNAM_TIME_ZONE } from '@bantin/content-types/vietnam-time'

import type { BuildProblem } from './build-problems'

export interface SiteStatusResponse {
  worker:
    | null
    | { error: string }
    | {
        state: 'idle' | 'building'
        pending: boolean
        current: string | null
        last: null | {
          result: 'ok' | 'failed'
          finishedAt?: string
          durationMs?: number
          pages?: number
          error?: string
          problems?: BuildProblem[]
        }
      }
  queue: { pending: number; retrying: number; lastError: string | null }
  targets: { webhook: boolean; github: boolean }
  canRebuild: boolean
}

const vietnamTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: VIETNAM_TIME_ZONE,
  }).format(new Date(iso))

const seconds = (ms: number) =>
  `${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây`

/** The dashboard panel's lines, in plain Vietnamese for press officers. */
export function describeBuild(status: SiteStatusResponse): string[] {
  const lines: string[] = []
  const { worker, queue } = status
  if (!status.targets.webhook && !status.targets.github)
    lines.push('Chưa cấu hình nơi xây dựng trang (REBUILD_WEBHOOK_URL hoặc GITHUB_DISPATCH_REPO).')
  if (worker && 'error' in worker)
    lines.push('Không liên lạc được với máy xây dựng trang; các yêu cầu sẽ được gửi lại.')
  else if (worker) {
    lines.push(worker.state === 'building' ? 'Đang xây dựng trang…' : 'Sẵn sàng.')
    const last = worker.last
    if (last?.finishedAt) {
      const result =
        last.result === 'ok'
          ? 'thành công'
          : `thất bại (${last.error ?? 'không rõ lỗi'}); trang cũ vẫn hoạt động`
      const pages = last.pages ? `, ${last.pages} trang` : ''
      lines.push(
        `Lần gần nhất: ${vietnamTime(last.finishedAt)}, ${result}, ${seconds(last.durationMs ?? 0)}${pages}.`,
      )
    }
    const problems = last?.problems?.length ?? 0
    if (problems > 0)
      lines.push(`${problems} nội dung cần sửa; mọi nội dung khác vẫn được đăng bình thường:`)
  }
  if (queue.pending > 0)
    lines.push(
      `Đang chờ gửi: ${queue.pending} yêu cầu${queue.retrying ? `, ${queue.retrying} đang thử lại` : ''}.`,
    )
  if (queue.lastError) lines.push(`Lỗi gửi gần nhất: ${queue.lastError}`)
  return lines
}

const LABELS: Record<BuildProblem['collection'], string> = {
  articles: 'Bài viết',
  authors: 'Tác giả',
  categories: 'Chuyên mục',
  media: 'Ảnh',
  'wanted-notices': 'Lệnh truy nã',
  documents: 'Văn bản',
  'reception-schedule': 'Lịch tiếp công dân',
}

const OUTCOMES: Record<BuildProblem['action'], string> = {
  'kept-previous': 'Trang công khai vẫn giữ bản đã đăng trước đó; bản sửa mới chưa được đăng.',
  'left-out': 'Chưa được đưa lên trang công khai.',
  'fixed-up': 'Đã đăng, bỏ qua phần bị lỗi.',
}

export interface ProblemItem {
  /** The document as staff know it: "Bài viết “…”". */
  name: string
  /** Its edit page in the admin. */
  href: string
  /** What is wrong and how to fix it, from the site build. */
  message: string
  /** What the public site did about it. */
  outcome: string
}

const problemsOf = (status: SiteStatusResponse): BuildProblem[] =>
  status.worker && 'state' in status.worker ? (status.worker.last?.problems ?? []) : []

export function describeProblem(problem: BuildProblem, adminRoute = '/admin'): ProblemItem {
  const label = LABELS[problem.collection]
  const untitled = problem.collection === 'articles' ? 'chưa có tiêu đề' : 'chưa có tên'
  return {
    name: problem.title ? `${label} “${problem.title}”` : `${label} ${untitled} (mã ${problem.id})`,
    href: `${adminRoute}/collections/${problem.collection}/${encodeURIComponent(problem.id)}`,
    message: problem.message,
    outcome: OUTCOMES[problem.action],
  }
}

/** The dashboard's list under the summary line, one item per document the last build set aside. */
export function describeProblems(status: SiteStatusResponse, adminRoute = '/admin'): ProblemItem[] {
  return problemsOf(status).map((problem) => describeProblem(problem, adminRoute))
}

/** The problems the last build reported for one document (its edit screen shows them). */
export function problemsFor(
  status: SiteStatusResponse,
  collection: string,
  id: number | string | undefined,
): BuildProblem[] {
  if (id === undefined || id === null) return []
  return problemsOf(status).filter((p) => p.collection === collection && p.id === String(id))
}
