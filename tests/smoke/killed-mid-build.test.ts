/**
 * No publish is lost when a process dies in the middle of a real site build, through the real
 * stack (npm start: the CMS, the publisher and its warm site builder running Astro on the real
 * site). The warm site builder is killed as the out-of-memory killer would, while it loads content
 * and while it writes pages; then the whole publisher is killed mid-build.
 *
 * A build takes seconds, and on a loaded machine a kill can land just after it finished. Each kill
 * is therefore judged by what the worker then did with that build (it failed for the kill, or it
 * went live first), and a kill that came too late is tried again with the next publish.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import {
  isRunning,
  publisherOf,
  siteBuilderOf,
  siteBuildersOf,
  strayInGroup,
} from './helpers/builder-process'
import { type Editor, liveWith, signInEditor } from './helpers/editor'
import { watchSite } from './helpers/watch-site'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const ATTEMPTS = 3

let stack: TestStack
let editor: Editor
/** A page that was live before any kill, and text it shows. */
const before = { path: '', caption: '' }

interface Status {
  state: string
  retry: { attempt: number; at: string } | null
  last: { result: string; reason: string; error?: string } | null
}

const workerStatus = async (): Promise<Status> =>
  (await fetch(`${stack.workerUrl}/status`)).json() as Promise<Status>

async function until<T>(
  what: string,
  check: () => T | null | Promise<T | null>,
  timeoutMs: number,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== null) return value
    if (Date.now() > deadline)
      throw new Error(`${what} within ${timeoutMs / 1000} s:\n${stack.output().slice(-6000)}`)
    await sleep(everyMs)
  }
}

interface Article {
  path: string
  title: string
  caption: string
}

/** Publishes an article with a captioned image; resolves to its path and the texts it must show. */
async function publishWithImage(label: string): Promise<Article> {
  const stamp = Date.now()
  const caption = `Ảnh hiện trường ${label} ${stamp}`
  const image = await editor.uploadImage(`hien-truong-${stamp}.jpg`, caption)
  const title = `Bài ${label} ${stamp}`
  const res = await editor.api('POST', '/articles', editor.article(title, { heroImage: image.id }))
  expect(res.status).toBe(201)
  return { path: `/tin-tuc/${res.json.doc.slug}/`, title, caption }
}

/**
 * Waits until the first build started after output position `from` prints `stage` (polled often:
 * the build takes seconds); resolves to where that build's output starts.
 */
function buildReaches(from: number, stage: RegExp): Promise<number> {
  return until(
    `no build reached ${stage}`,
    () => {
      const out = stack.output()
      const started = out.indexOf('[rebuild] build started (', from)
      return started >= 0 && stage.test(out.slice(started)) ? started : null
    },
    90_000,
    20,
  )
}

/** How the build whose output starts at `start` ended: its failure message, or null when it went live. */
function outcomeOf(start: number): Promise<{ error: string | null; end: number }> {
  return until(
    'the build has no outcome',
    () => {
      const out = stack.output()
      const match =
        /\[rebuild\] build \S+ FAILED, the live site is unchanged: (.*)|\[rebuild\] release \S+ is live/.exec(
          out.slice(start),
        )
      return match && { error: match[1] ?? null, end: start + match.index + match[0].length }
    },
    60_000,
  )
}

/**
 * Publishes articles until the site builder is killed in the middle of the build of one of them,
 * at `stage`; resolves to that article, the pid killed, and where the failed build's output ends.
 */
async function publishAndKillBuilder(label: string, stage: RegExp) {
  for (let attempt = 1; ; attempt++) {
    const from = stack.output().length
    const article = await publishWithImage(`${label} ${attempt}`)
    const start = await buildReaches(from, stage)
    const pid = siteBuilderOf(stack)
    if (pid === null) throw new Error(`no site builder runs:\n${stack.output().slice(-4000)}`)
    process.kill(pid, 'SIGKILL')
    const { error, end } = await outcomeOf(start)
    if (error !== null) {
      expect(error).toBe('the site builder stopped (SIGKILL) during the build')
      return { article, pid, end }
    }
    // Too late: that build went live before the kill; the builder killed was idle.
    if (attempt === ATTEMPTS)
      throw new Error(`${ATTEMPTS} builds finished before their builder was killed`)
    await liveWith(stack, article.path, article.caption)
  }
}

/** HTML pages of the live release that stop short of their end, as a page cut off mid-write would. */
function cutShortPages(): string[] {
  const live = path.join(stack.dataDir, 'releases', 'current')
  const pages = readdirSync(live, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  )
  expect(pages.length).toBeGreaterThan(20)
  return pages.filter(
    (f) => !readFileSync(path.join(live, f), 'utf8').trimEnd().endsWith('</html>'),
  )
}

/** The killed processes are gone, and every process left in the publisher's group is its own. */
async function noOrphans(killed: number[]) {
  await until('a killed process still runs', () => (killed.some(isRunning) ? null : true), 10_000)
  const publisher = publisherOf(stack)!
  await until(
    'processes the publisher did not start remain',
    () => (strayInGroup(publisher).length ? null : true),
    10_000,
  )
  // At most one site builder for this stack, the live publisher's own child.
  const builders = siteBuildersOf(stack)
  expect(builders.map((b) => b.ppid)).toEqual(builders.length ? [publisher] : [])
}

beforeAll(async () => {
  stack = await startStack()
  editor = await signInEditor(stack, {
    email: 'bientap.kill@congan.test',
    password: 'mat-khau-kiem-thu-789',
    category: { name: 'Kiểm thử sự cố', slug: 'kiem-thu-su-co' },
  })
  const live = await publishWithImage('đã đăng trước sự cố')
  await liveWith(stack, live.path, live.caption)
  Object.assign(before, live)
}, 600_000)

afterAll(async () => {
  await stack?.remove()
}, 60_000)

/** Reads the home page and a page live before the kills, all through a test. */
const watchLivePages = () =>
  watchSite(stack, { '/': 'Kiểm thử sự cố', [before.path]: before.caption })

describe('a publish survives a process killed in the middle of a real site build', () => {
  for (const [when, stage] of [
    ['while it loads the content from the CMS', /\[content\] /],
    ['while it writes the pages', /generating static routes/],
  ] as const) {
    test(`the warm site builder killed ${when}: the worker retries, the article goes live, readers see no error`, async () => {
      const watch = watchLivePages()
      let killed: Awaited<ReturnType<typeof publishAndKillBuilder>>
      try {
        killed = await publishAndKillBuilder('sau sự cố bộ dựng trang', stage)
        const html = await liveWith(stack, killed.article.path, killed.article.caption)
        expect(html).toContain(killed.article.title)
      } finally {
        await watch.stop()
      }
      // Nobody asked again: the next build is the worker's own retry of the failed one.
      expect(
        stack
          .output()
          .slice(killed.end)
          .match(/\[rebuild\] build started \(.*\)/)?.[0],
      ).toMatch(/\(articles published .*\(retry 1\)\)$/)
      expect((await workerStatus()).last).toMatchObject({ result: 'ok' })
      expect(siteBuilderOf(stack)).not.toBe(killed.pid)
      // The live site never went down nor served an error: it does not depend on the builder.
      expect(watch.answers.length).toBeGreaterThan(10)
      expect(watch.answers.filter((a) => !a.intact)).toEqual([])
      // Pages the killed build had begun to write, or to store for the next build, are whole.
      expect(cutShortPages()).toEqual([])
      await noOrphans([killed.pid])
    }, 240_000)
  }

  test('the publisher killed mid-build: restarted, it resumes the owed build and the article goes live', async () => {
    const watch = watchLivePages()
    const killed: number[] = []
    let article: Article
    try {
      for (let attempt = 1; ; attempt++) {
        const from = stack.output().length
        article = await publishWithImage(`sau sự cố bộ xuất bản ${attempt}`)
        await buildReaches(from, /Building static entrypoints/)
        const publisher = publisherOf(stack)!
        const builder = siteBuilderOf(stack)!
        expect(builder).not.toBeNull()
        process.kill(publisher, 'SIGKILL')
        killed.push(publisher, builder)
        // What was owed is on disk when the process dies; null when the build had finished first.
        const state = JSON.parse(
          readFileSync(path.join(stack.dataDir, 'releases', 'state.json'), 'utf8'),
        )
        if (state.pendingBuild !== null) {
          expect(state.pendingBuild).toMatch(/^articles published/)
          break
        }
        if (attempt === ATTEMPTS)
          throw new Error(`${ATTEMPTS} builds finished before the publisher was killed`)
        await liveWith(stack, article.path, article.caption, 180_000)
      }
      const html = await liveWith(stack, article.path, article.caption, 180_000)
      expect(html).toContain(article.title)
    } finally {
      await watch.stop()
    }
    const out = stack.output()
    expect(out).toMatch(/\[start\] the publisher .*SIGKILL.*restart/)
    // The owed build, read back from state.json, not only the build npm start asks for after a restart.
    expect(out).toMatch(/build started \(articles published .*\(resumed after a restart\)\)/)
    expect(killed).not.toContain(publisherOf(stack))
    // While it restarts nothing answers; whatever answers serves the live release, never an error.
    expect(watch.answers.filter((a) => a.status !== 0 && !a.intact)).toEqual([])
    expect(watch.answers.some((a) => a.status === 0)).toBe(true)
    expect(cutShortPages()).toEqual([])
    await noOrphans(killed)
  }, 300_000)
})
