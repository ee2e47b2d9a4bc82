import { readdir } from 'node:fs/promises'
import path from 'node:path'

/** The page types the issue measures, each with the first page of its kind the build wrote. */
export async function pickPages(dist: string, query: string): Promise<Array<[string, string]>> {
  const first = async (folder: string) => {
    const names = await readdir(path.join(dist, folder)).catch(() => [] as string[])
    const name = names.sort()[0]
    if (!name)
      throw new Error(
        `${dist} has no page under /${folder}/: build the site first (npm run build:site)`,
      )
    return `/${folder}/${name}/`
  }
  return [
    ['home', '/'],
    ['article', await first('tin-tuc')],
    ['category', await first('chuyen-muc')],
    ['search', `/tim-kiem/?q=${encodeURIComponent(query)}`],
    ['author', await first('tac-gia')],
    ['english', '/en/'],
  ]
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
