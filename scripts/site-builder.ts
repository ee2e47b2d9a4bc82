/**
 * Keeps Astro loaded between site builds. Starting Node and importing Astro is most of a small
 * site's build time (about 6.5 s cold against 2.6 s warm for the demo site here), and a publish
 * waits for all of it. Driven over IPC by scripts/worker/warm-builder.ts, which recycles it.
 */
import path from 'node:path'

import { rootDir } from '../cms/env'
import { readSettings } from '../site/src/settings'
import { useOwnWorkDir } from './lib/use-own-work-dir'

const siteDir = path.join(rootDir, 'site')
useOwnWorkDir(readSettings().distDir)
const { build } = await import('astro')

process.on('message', async (message: { type: 'build' }) => {
  if (message?.type !== 'build') return
  try {
    await build({ root: siteDir })
    process.send!({ type: 'built', ok: true })
  } catch (error) {
    process.send!({ type: 'built', ok: false, error: (error as Error).message })
  }
})
process.send!({ type: 'ready' })
