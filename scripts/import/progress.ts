/**
 * How far a long import has got, for the person watching it: on a terminal one line redrawn in
 * place; in a log (CI, a pipe, --json) a line every few files or every few seconds.
 */
interface ProgressOptions {
  total: number
  /** Raw output (the CLI passes stderr); lines end with "\n", the live line does not. */
  write: (text: string) => void
  /** Redraw one line in place (a terminal) rather than print lines. */
  tty: boolean
  /** In a log, at most this many files between lines (fewer for a small batch). */
  everyFiles?: number
  /** In a log, at most this long between lines. */
  everyMs?: number
  now?: () => number
}

interface Progress {
  /** A line of its own (a file's result); on a terminal the live line is drawn again under it. */
  line: (text: string) => void
  /** `done` of the total files are finished. */
  update: (done: number) => void
  /** Clears the live line, so the closing summary stands alone. */
  end: () => void
}

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })
// The rate over the last half minute: a resumed batch skips its first files quickly.
const WINDOW_MS = 30_000
const REDRAW_MS = 250

/** "45 giây", "12 phút", "1 giờ 5 phút": as precise as a person needs to plan around it. */
export function formatDuration(seconds: number): string {
  const s = Math.max(1, Math.round(seconds))
  if (s < 60) return `${s} giây`
  const minutes = Math.round(s / 60)
  if (minutes < 60) return `${minutes} phút`
  const hours = Math.floor(minutes / 60)
  return minutes % 60 ? `${hours} giờ ${minutes % 60} phút` : `${hours} giờ`
}

export function createProgress({
  total,
  write,
  tty,
  everyFiles = 50,
  everyMs = 5_000,
  now = Date.now,
}: ProgressOptions): Progress {
  const samples: [number, number][] = [[now(), 0]]
  // A batch of 24 files still says how it is going a few times.
  const step = Math.max(1, Math.min(everyFiles, Math.ceil(total / 10)))
  let lastLine = { at: now(), done: 0 }
  let live = ''
  let drawnAt = -Infinity
  let done = 0

  const describe = () => {
    const [t0, d0] = samples[0]
    const seconds = (now() - t0) / 1000
    const rate = seconds > 0 ? (done - d0) / seconds : 0
    const percent = total ? Math.floor((done / total) * 100) : 100
    const eta = rate > 0 ? `còn khoảng ${formatDuration((total - done) / rate)}` : 'đang ước tính'
    const counted = `${done}/${total} tệp`
    return { counted, percent, rate: `${number.format(rate)} tệp/giây`, eta }
  }
  const clear = () => {
    if (live) write('\r\x1b[K')
    live = ''
  }
  // Redrawn under a file's line it is the same line again: the next update is not held back.
  const draw = (fresh = true) => {
    const d = describe()
    live = `Đang nhập: ${d.counted} (${d.percent}%) · ${d.rate} · ${d.eta}`
    write(`\r\x1b[K${live}`)
    if (fresh) drawnAt = now()
  }

  return {
    line(text) {
      const redraw = tty && live !== ''
      if (tty) clear()
      write(`${text}\n`)
      if (redraw) draw(false)
    },
    update(count) {
      done = count
      const t = now()
      samples.push([t, done])
      while (samples.length > 2 && t - samples[1][0] >= WINDOW_MS) samples.shift()
      if (tty) {
        if (done === total || t - drawnAt >= REDRAW_MS) draw()
        return
      }
      if (done >= total) return
      if (done - lastLine.done >= step || t - lastLine.at >= everyMs) {
        const d = describe()
        write(`… đã xử lý ${d.counted} (${d.percent}%, ${d.rate}, ${d.eta})\n`)
        lastLine = { at: t, done }
      }
    },
    end() {
      if (tty) clear()
    },
  }
}
