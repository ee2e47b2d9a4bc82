/**
 * npm run bench:site -- [--articles N | --from-data DIR]
 * Site build speed: a cold `npm run build:site` (empty cache: every document fetched, every image
 * downloaded) and then a repeat build (incremental sync), against the demo content plus N
 * generated articles, through the real npm start stack on a fresh temporary data folder.
 * --from-data starts from a copy of a data folder made before (DATA_DIR=DIR npm run
 * bench:generate -- --count 10000); the stack's own first publish is let finish before timing, so
 * the two builds do not share the machine. The peak memory of each build is reported too.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { rootDir } from '../../cms/env'
import { inheritedEnv } from '../lib/settings'
import { startStack } from '../lib/start-stack'

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '0' }, 'from-data': { type: 'string' } },
})
const articles = Number(values.articles)
const tsx = path.join(rootDir, 'node_modules/.bin/tsx')
const stack = await startStack({ copyData: values['from-data'] })
const dataDir = stack.dataDir
try {
  if (articles > 0) {
    execFileSync(tsx, ['scripts/bench/generate-articles.ts', '--count', String(articles)], {
      cwd: rootDir,
      env: { ...inheritedEnv(), DATA_DIR: dataDir },
      stdio: 'inherit',
    })
  }
  if (values['from-data']) {
    const status = () => fetch(`${stack.workerUrl}/status`).then((r) => r.json())
    let worker
    do {
      await new Promise((r) => setTimeout(r, 1000))
      worker = await status()
    } while (worker.state !== 'idle' || !worker.current)
  }
  const env = {
    ...inheritedEnv(),
    CMS_URL: stack.cmsUrl,
    SITE_DIST_DIR: path.join(dataDir, 'bench-dist'),
    SITE_CACHE_DIR: path.join(dataDir, 'bench-cache'),
  }
  const lines: string[] = []
  for (const label of ['cold build', 'repeat build']) {
    const started = Date.now()
    const out = execFileSync(tsx, ['scripts/build-site.ts'], {
      cwd: rootDir,
      env,
      encoding: 'utf8',
      // Astro prints a line per page: over 1 MB (Node's default) at 10,000 articles.
      maxBuffer: 512 * 1024 * 1024,
    })
    const summary = out.split('\n').find((l) => l.startsWith('build:site:')) ?? ''
    // Where the time went: Astro's phase lines and the site's own (sync, images, search).
    const phases = /Completed in|built in|fetched|indexed|media:|Generated/
    for (const line of out.split('\n').filter((l) => phases.test(l)))
      process.stderr.write(`  ${label}: ${line.trim()}\n`)
    lines.push(
      `${label}: ${summary.replace(/^build:site: /, '')} [process ${((Date.now() - started) / 1000).toFixed(1)} s]`,
    )
  }
  process.stdout.write(
    `site build, demo site${articles ? ` + ${articles} generated articles` : ''}\n  ${lines.join('\n  ')}\n`,
  )
} finally {
  await stack.remove()
}
process.exit(0)
