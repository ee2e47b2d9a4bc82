/**
 * What the admin benchmarks (admin-list.ts, admin-browser.ts) share: build the admin if stale, add
 * two accounts to the data folder, run `next start` on it, and log an editor in with Chromium.
 * The accounts (bench-admin@, bench-editor@) stay in the folder: give them a copy.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'

import { rootDir } from '../../cms/env'
import { buildAdminOnce } from '../lib/admin-build'
import {
  runToEnd,
  signalChild,
  startChild,
  stopChildrenOnExit,
  waitForHttp,
} from '../lib/processes'
import { chromiumPath, inheritedEnv } from '../lib/settings'

export const EDITOR = 'bench-editor@congan.test'
const ADMIN = 'bench-admin@congan.test'

const nextBin = path.join(rootDir, 'node_modules/.bin/next')
const tsx = path.join(rootDir, 'node_modules/.bin/tsx')
const cmsDir = path.join(rootDir, 'cms')

interface CmsOptions {
  dataDir: string
  port: number
  /** The password both accounts get. */
  password: string
  log: (line: string) => void
}

/** `npm run user:create`; an account left by an earlier run is fine. */
function createAccount(
  env: NodeJS.ProcessEnv,
  email: string,
  role: string,
  password: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['scripts/user-create.ts', '--email', email, '--role', role]
    const child = spawn(tsx, args, {
      cwd: rootDir,
      env: { ...env, USER_PASSWORD: password },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let output = ''
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) =>
      code === 0 || output.includes('already exists')
        ? resolve()
        : reject(new Error(`user:create ${email}: ${output}`)),
    )
  })
}

/**
 * Builds the admin if stale, adds the accounts and starts the CMS on `dataDir`; resolves once it
 * answers, with its origin and how to stop it.
 */
async function startBenchCms({ dataDir, port, password, log }: CmsOptions) {
  stopChildrenOnExit()
  const origin = `http://127.0.0.1:${port}`
  // The CMS reads nothing but the environment; SERVER_URL makes its own links point where we ask.
  const env: NodeJS.ProcessEnv = {
    ...inheritedEnv(),
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    SERVER_URL: origin,
  }
  delete env.JOBS_AUTORUN
  // Next evaluates the config while building, which needs the folder's secret (env.ts).
  await buildAdminOnce(
    rootDir,
    () => runToEnd(nextBin, ['build'], { cwd: cmsDir, env, detached: false }),
    log,
  )
  // The first account of a database becomes admin whatever is asked, so the editor comes second.
  await createAccount(env, ADMIN, 'admin', password)
  await createAccount(env, EDITOR, 'editor', password)
  const cms = startChild(nextBin, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: cmsDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const stop = () => signalChild(cms, 'SIGTERM')
  try {
    // The first request starts Payload inside Next: what is measured after it is the admin's own time.
    await waitForHttp(`${origin}/api/users/me`, { timeoutMs: 180_000 })
  } catch (error) {
    stop()
    throw error
  }
  return { origin, stop }
}

/** Forgets the sort an earlier run left in the editor's article-list preferences. */
export const clearListPreferences = (page: Page, origin: string) =>
  page.evaluate(
    (url) => fetch(url, { method: 'DELETE', credentials: 'include' }),
    `${origin}/api/payload-preferences/collection-articles`,
  )

/**
 * Chromium with the editor logged in and the article list's preferences cleared; the caller closes
 * the browser.
 */
async function openAsEditor(
  origin: string,
  password: string,
): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    ).newPage()
    await page.goto(`${origin}/admin/login`)
    await page.getByLabel('Email').fill(EDITOR)
    await page.getByLabel('Mật khẩu').fill(password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    await clearListPreferences(page, origin)
    return { browser, page }
  } catch (error) {
    await browser.close()
    throw error
  }
}

/**
 * Starts the CMS, logs the editor in and hands `run` the page; then closes the browser and stops
 * the CMS, whether `run` succeeded or not. Exits the process: 0 when done, 1 with the error logged.
 */
export function runWithEditor(
  options: CmsOptions,
  run: (page: Page, origin: string) => Promise<void>,
): void {
  const session = async () => {
    const { origin, stop } = await startBenchCms(options)
    try {
      const { browser, page } = await openAsEditor(origin, options.password)
      try {
        await run(page, origin)
      } finally {
        await browser.close()
      }
    } finally {
      stop()
    }
  }
  session().then(
    () => process.exit(0),
    (error: Error) => {
      options.log(error.stack ?? error.message)
      process.exit(1)
    },
  )
}

export const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}
