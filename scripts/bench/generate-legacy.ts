/**
 * npm run bench:legacy -- --count 10000 --out DIR [--seed 1]: writes N made-up legacy exports
 * (NukeViet, PublishingPortal, bare) into DIR/<section>/, for timing `npm run import` at archive
 * size. Same count and seed, same files. See docs/import.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { legacyPages } from './legacy-pages'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
})
const count = Number(values.count)
const seed = Number(values.seed)
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !values.out) {
  process.stderr.write(
    'Usage: npm run bench:legacy -- --count <N ≥ 1> --out <folder> [--seed <integer>]\n',
  )
  process.exit(2)
}

const started = Date.now()
const out = path.resolve(values.out)
const made = new Set<string>()
const byFormat: Record<string, number> = {}
let captions = 0
for (const page of legacyPages(count, seed)) {
  const file = path.join(out, page.path)
  const dir = path.dirname(file)
  if (!made.has(dir)) mkdirSync(dir, { recursive: true })
  made.add(dir)
  writeFileSync(file, page.text)
  byFormat[page.format] = (byFormat[page.format] ?? 0) + 1
  captions += page.captions
}
const formats = Object.entries(byFormat)
  .map(([format, n]) => `${format} ${n}`)
  .join(', ')
process.stderr.write(
  `bench:legacy: ${count} pages (${formats}; ${captions} photo captions) in ${out}, ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s\n`,
)
