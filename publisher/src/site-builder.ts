/**
 * Keeps Astro loaded between site builds. Starting Node and importing Astro is most of a small
 * site's build time (about 6.5 s cold against 2.6 s warm for the demo site here), and a publish
 * waits for all of it. Driven over IPC by builder/warm-builder.ts, which recycles it.
 *
 * It runs on Node's own TypeScript support, not tsx, and so imports nothing but Node and Astro:
 * under tsx's loader each page's dynamic import in Astro's build crosses to the loader thread,
 * about a second per 1,000 pages.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import path from 'node:path'

// Its working folder comes as its argument, and the folder for CPU profiles as an optional second
// one (SITE_BUILD_PROFILE_DIR); the site's settings reach Astro in the environment.
const [workDir, profileDir] = process.argv.slice(2)
if (!workDir)
  throw new Error('site builder: no working folder given (start it through warm-builder.ts)')
process.chdir(workDir)
const siteDir = path.resolve(import.meta.dirname, '..', '..', 'site')
const { build } = await import('astro')

/**
 * Runs `task` under V8's sampling profiler and writes the profile into `dir`, for Chrome DevTools
 * or `npm run bench:profile`.
 */
async function profiled(task: () => Promise<void>, dir: string): Promise<void> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  try {
    await task()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    session.disconnect()
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, `build-${stamp}.cpuprofile`), JSON.stringify(profile))
  }
}

process.on('message', async (message: { type: string }) => {
  if (message?.type !== 'build') return
  try {
    const run = () => build({ root: siteDir })
    await (profileDir ? profiled(run, profileDir) : run())
    process.send!({ type: 'built', ok: true })
  } catch (error) {
    process.send!({ type: 'built', ok: false, error: (error as Error).message })
  }
})
// The worker died (killed, out of memory): stop, rather than keep writing into the staging
// folder the next worker's build starts from.
process.on('disconnect', () => process.exit(1))
process.send!({ type: 'ready' })
