/**
 * RELEASES_DIR/state.json: the outcome of the last build, the delivery ids seen recently, and the
 * work not done yet (a build asked for, takedowns not yet covered by a full build). The ids are on
 * disk so that restarting the worker does not reopen the replay window; the pending work, so that
 * a restart (or a crash mid-build) loses no publish. Writes are synchronous (write a temporary
 * file, then rename) so two requests in the same tick cannot interleave half-written files.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { type BuildProblem } from '../releases/build-problems'
import { isMissing, readError } from '../releases/store'

/** Longer than a delivery can stay acceptable (5 minutes either side of its timestamp). */
const REPLAY_WINDOW_MS = 10 * 60 * 1000

export interface BuildRecord {
  id: string
  result: 'ok' | 'failed'
  reason: string
  startedAt: string
  finishedAt: string
  durationMs: number
  pages: number | null
  /** What the site build left out or kept at an older version, from `.build-problems.json`. */
  problems: BuildProblem[]
  error?: string
}

/** A document to keep off the live site until a full build that started after it succeeds. */
export interface Takedown {
  /** The delivery id: tells two takedowns of the same document apart. */
  key: string
  collection: string
  id: string
  reason: string
  receivedAt: string
}

interface StoredState {
  last: BuildRecord | null
  /** delivery id → when it was accepted (ms since epoch) */
  deliveries: Record<string, number>
  /** Reason of a requested build that has not yet succeeded; null when none is owed. */
  pendingBuild: string | null
  takedowns: Takedown[]
}

export class StateStore {
  private state: StoredState = { last: null, deliveries: {}, pendingBuild: null, takedowns: [] }
  readonly file: string

  constructor(
    releasesDir: string,
    private readonly now: () => number = Date.now,
    warn: (message: string) => void = () => {},
  ) {
    this.file = path.join(releasesDir, 'state.json')
    let text: string
    try {
      text = readFileSync(this.file, 'utf8')
    } catch (error) {
      if (isMissing(error)) return
      // Unreadable (permissions, a folder in its place): starting empty could forget pending
      // takedowns, so the operator has to look.
      throw readError(this.file, error)
    }
    try {
      const stored = JSON.parse(text) as Partial<StoredState>
      this.state = {
        last: stored.last ? { ...stored.last, problems: stored.last.problems ?? [] } : null,
        deliveries: stored.deliveries ?? {},
        pendingBuild: stored.pendingBuild ?? null,
        takedowns: stored.takedowns ?? [],
      }
    } catch (error) {
      // Garbled (written by hand, or a disk fault): keep it for inspection and owe a full build,
      // which restores whatever the lost state was about.
      const aside = `${this.file}.unreadable-${now()}`
      renameSync(this.file, aside)
      this.state.pendingBuild = 'state.json was unreadable'
      warn(
        `${this.file} is garbled (${(error as Error).message}); moved to ${aside}, a build follows`,
      )
    }
  }

  get last(): BuildRecord | null {
    return this.state.last
  }

  get pendingBuild(): string | null {
    return this.state.pendingBuild
  }

  get takedowns(): readonly Takedown[] {
    return this.state.takedowns
  }

  recordBuild(record: BuildRecord): void {
    this.state.last = record
    this.save()
  }

  /** A build is owed until `buildDone` says one that started after this request went live. */
  requestBuild(reason: string): void {
    this.state.pendingBuild = reason
    this.save()
  }

  buildDone(): void {
    this.state.pendingBuild = null
    this.save()
  }

  addTakedown(takedown: Takedown): void {
    this.state.takedowns = [...this.state.takedowns, takedown]
    this.save()
  }

  /** Forgets the takedowns a successful full build has covered. */
  clearTakedowns(keys: ReadonlySet<string>): void {
    if (!this.state.takedowns.some((t) => keys.has(t.key))) return
    this.state.takedowns = this.state.takedowns.filter((t) => !keys.has(t.key))
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
