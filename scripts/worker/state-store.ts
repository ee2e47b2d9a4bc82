/**
 * RELEASES_DIR/state.json: the outcome of the last build and the delivery ids seen recently.
 * The ids are on disk so that restarting the worker does not reopen the replay window. Writes are
 * synchronous (write a temporary file, then rename) so two requests in the same tick cannot
 * interleave half-written files.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Longer than a delivery can stay acceptable (5 minutes either side of its timestamp). */
export const REPLAY_WINDOW_MS = 10 * 60 * 1000

export interface BuildRecord {
  id: string
  result: 'ok' | 'failed'
  reason: string
  startedAt: string
  finishedAt: string
  durationMs: number
  pages: number | null
  error?: string
}

interface StoredState {
  last: BuildRecord | null
  /** delivery id → when it was accepted (ms since epoch) */
  deliveries: Record<string, number>
}

export class StateStore {
  private state: StoredState = { last: null, deliveries: {} }
  readonly file: string

  constructor(
    releasesDir: string,
    private readonly now: () => number = Date.now,
    warn: (message: string) => void = () => {},
  ) {
    this.file = path.join(releasesDir, 'state.json')
    if (!existsSync(this.file)) return
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<StoredState>
      this.state = { last: stored.last ?? null, deliveries: stored.deliveries ?? {} }
    } catch (error) {
      warn(`${this.file} is unreadable (${(error as Error).message}); starting with an empty state`)
    }
  }

  get last(): BuildRecord | null {
    return this.state.last
  }

  recordBuild(record: BuildRecord): void {
    this.state.last = record
    this.save()
  }

  /** Remembers a delivery id; false when it was already seen within the window (a replay). */
  rememberDelivery(id: string): boolean {
    const now = this.now()
    for (const [seen, at] of Object.entries(this.state.deliveries)) {
      if (now - at > REPLAY_WINDOW_MS) delete this.state.deliveries[seen]
    }
    if (id in this.state.deliveries) return false
    this.state.deliveries[id] = now
    this.save()
    return true
  }

  private save(): void {
    const temporary = `${this.file}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(this.state, null, 2))
    renameSync(temporary, this.file)
  }
}
