/**
 * npm run bench:profile -- FILE.cpuprofile… [--top 25]
 * Where a build's CPU time went, from the V8 profiles the warm builder writes when
 * SITE_BUILD_PROFILE_DIR is set (one per build): the time idle (waiting for the CMS, the file
 * system, worker threads), in garbage collection and running code; then the functions with the
 * most time of their own, and those with the most time including what they called (each sample
 * counted once per function, however deep its recursion). Open a profile in Chrome DevTools
 * (Performance → Load profile) for the whole picture.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { rootDir } from '../../cms/env'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
})
if (positionals.length === 0) {
  process.stderr.write('bench:profile: give one or more .cpuprofile files\n')
  process.exit(1)
}
const top = Number(values.top)

/** "name (file:line)", the file relative to the repository or to node_modules. */
function label({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  const file = url.replace(/^file:\/\//, '')
  const short = file.includes('/node_modules/')
    ? file.slice(file.lastIndexOf('/node_modules/') + 14)
    : path.relative(rootDir, file) || file
  return `${functionName || '(anonymous)'}${short ? ` (${short}:${lineNumber + 1})` : ''}`
}

const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms`

function summarise(file: string) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)

  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0
    const node = byId.get(id)!
    const own = label(node.callFrame)
    self.set(own, (self.get(own) ?? 0) + dt)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!.callFrame)
      if (seen.has(name)) continue
      seen.add(name)
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt)
    }
  })

  const total = profile.endTime - profile.startTime
  const special = (name: string) => self.get(name) ?? 0
  const idle = special('(idle)')
  const gc = special('(garbage collector)')
  process.stdout.write(
    `\n${path.basename(file)}: ${ms(total).trim()} in all: idle ${ms(idle).trim()}, ` +
      `garbage collection ${ms(gc).trim()}, code ${ms(total - idle - gc).trim()}\n`,
  )
  const table = (title: string, map: Map<string, number>) => {
    process.stdout.write(`  ${title}\n`)
    const rows = [...map].filter(([name]) => !name.startsWith('('))
    rows.sort((a, b) => b[1] - a[1])
    for (const [name, us] of rows.slice(0, top)) process.stdout.write(`  ${ms(us)}  ${name}\n`)
  }
  table('own time', self)
  table('including callees', inclusive)
}

for (const file of positionals) summarise(file)
