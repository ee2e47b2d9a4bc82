export interface SiteStatusResponse {
  worker: null | { error: string } | {
    state: 'idle' | 'building'
    pending: boolean
    current: string | null
    last: null | { result: 'ok' | 'failed'; finishedAt?: string; durationMs?: number; pages?: number; error?: string }
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
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso))

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây`

/** The dashboard panel's lines, in plain Vietnamese for press officers. */
export function describeBuild(status: SiteStatusResponse): string[] {
  const lines: string[] = []
  const { worker, queue } = status
  if (!status.targets.webhook && !status.targets.github) lines.push('Chưa cấu hình nơi xây dựng trang (REBUILD_WEBHOOK_URL hoặc GITHUB_DISPATCH_REPO).')
  if (worker && 'error' in worker) lines.push('Không liên lạc được với máy xây dựng trang; các yêu cầu sẽ được gửi lại.')
  else if (worker) {
    lines.push(worker.state === 'building' ? 'Đang xây dựng trang…' : 'Sẵn sàng.')
    const last = worker.last
    if (last?.finishedAt) {
      const result = last.result === 'ok' ? 'thành công' : `thất bại (${last.error ?? 'không rõ lỗi'}); trang cũ vẫn hoạt động`
      const pages = last.pages ? `, ${last.pages} trang` : ''
      lines.push(`Lần gần nhất: ${vietnamTime(last.finishedAt)}, ${result}, ${seconds(last.durationMs ?? 0)}${pages}.`)
    }
  }
  if (queue.pending > 0) lines.push(`Đang chờ gửi: ${queue.pending} yêu cầu${queue.retrying ? `, ${queue.retrying} đang thử lại` : ''}.`)
  if (queue.lastError) lines.push(`Lỗi gửi gần nhất: ${queue.lastError}`)
  return lines
}
