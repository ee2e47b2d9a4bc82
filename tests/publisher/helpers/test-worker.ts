import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import {
  type RebuildWorkerOptions,
  startRebuildWorker,
} from '../../../publisher/src/worker/rebuild-server'
import { currentLink } from '../../../publisher/src/releases/store'
import { readServed } from './served'
import { SECRET } from './deliver'

const root = path.resolve(import.meta.dirname, '../../..')
const fakeBuild = path.join(root, 'tests/publisher/fixtures/fake-build.mjs')

export interface FakeContent {
  marker: string | number
  pages?: number
  /** Articles the "CMS" no longer publishes (unpublished, trashed, deleted). */
  hidden?: number[]
  fail?: boolean
  brokenLink?: boolean
  text?: string
  /** Written to the release's `.build-problems.json`. */
  problems?: unknown[]
}

/** A temporary releases folder plus the "CMS content" and build log the fake build uses. */
export function makeSandbox() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bantin-worker-'))
  const releasesDir = path.join(dir, 'releases')
  const contentFile = path.join(dir, 'content.json')
  const buildLog = path.join(dir, 'builds.log')
  const pidFile = path.join(dir, 'build.pid')
  writeFileSync(buildLog, '')
  return {
    dir,
    releasesDir,
    /** Replaces the content in one rename, so a build running meanwhile never reads half a file. */
    setContent: (content: FakeContent) => {
      writeFileSync(`${contentFile}.tmp`, JSON.stringify(content))
      renameSync(`${contentFile}.tmp`, contentFile)
    },
    /** The marker each build saw, one entry per build run. */
    builds: () => readFileSync(buildLog, 'utf8').split('\n').filter(Boolean),
    liveIndex: () => readServed(currentLink(releasesDir), 'index.html'),
    /** The process id of the latest fake build. */
    buildPid: () => Number(readFileSync(pidFile, 'utf8')),
    state: () => JSON.parse(readFileSync(path.join(releasesDir, 'state.json'), 'utf8')),
    /** A worker whose build command is the fake build, taking `sleepMs` per build. */
    startWorker: ({
      sleepMs = 50,
      ...options
    }: Partial<RebuildWorkerOptions> & { sleepMs?: number } = {}) =>
      startRebuildWorker({
        secret: SECRET,
        releasesDir,
        buildCommand: `"${process.execPath}" "${fakeBuild}"`,
        port: 0,
        cwd: root,
        buildEnv: {
          FAKE_CONTENT: contentFile,
          FAKE_BUILD_LOG: buildLog,
          FAKE_BUILD_SLEEP_MS: String(sleepMs),
          FAKE_BUILD_PID: pidFile,
        },
        log: () => {},
        ...options,
      }),
    /** What the fake build needs in its environment, for workers started as a process. */
    buildEnv: {
      FAKE_CONTENT: contentFile,
      FAKE_BUILD_LOG: buildLog,
      FAKE_BUILD_SLEEP_MS: '50',
      FAKE_BUILD_PID: pidFile,
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
