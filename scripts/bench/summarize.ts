export interface Sample {
  totalMs: number
  /** From the publish request returning to the build starting: queue, runner tick, delivery. */
  queueMs: number
  buildMs: number
  pages: number | null
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const s = seconds

/** The report printed by bench:publish: median and worst, and where the time went. */
export function summarize(
  samples: Sample[],
  { articles, runs }: { articles: number; runs: number },
): string {
  const totals = samples.map((x) => x.totalMs)
  const rest = samples.map((x) => x.totalMs - x.queueMs - x.buildMs)
  return [
    `publish-to-live, ${runs} publishes, demo site${articles ? ` + ${articles} generated articles` : ''} (${samples.at(-1)?.pages ?? '?'} pages)`,
    `  median ${s(median(totals))}   worst ${s(Math.max(...totals))}   best ${s(Math.min(...totals))}`,
    `  median parts: queue + delivery ${s(median(samples.map((x) => x.queueMs)))}, build + validate + switch ${s(median(samples.map((x) => x.buildMs)))}, until served ${s(median(rest))}`,
    '',
  ].join('\n')
}
