import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Pagefind writes each fragment as gzip of this signature followed by JSON. */
const SIGNATURE = 'pagefind_dcd'

type Record = { url?: unknown }

/** Page URLs whose search record a fragment file holds (a grouped fragment holds several). */
export function fragmentUrls(content: Buffer): string[] {
  let text = gunzipSync(content).toString('utf8')
  if (text.startsWith(SIGNATURE)) text = text.slice(SIGNATURE.length)
  const data = JSON.parse(text) as Record | { [hash: string]: Record }
  const records =
    typeof (data as Record).url === 'string'
      ? [data as Record]
      : Object.values(data as { [hash: string]: Record })
  return records.flatMap((record) => (typeof record?.url === 'string' ? [record.url] : []))
}

/**
 * Which fragment files hold each article's search record, as release-relative paths: a takedown
 * deletes them so the article's title and lead leave the search results too.
 */
export async function mapSearchFragments(
  distDir: string,
  articleUrls: Map<string, string>,
): Promise<Map<string, string[]>> {
  const dir = path.join(distDir, 'pagefind', 'fragment')
  const byArticle = new Map<string, string[]>()
  // A site with nothing to index (no article, notice or document yet) gets no fragment folder.
  const listed = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const names = listed.filter((name) => name.endsWith('.pf_fragment'))
  const PARALLEL = 16
  const queue = [...names]
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      for (const url of fragmentUrls(await readFile(path.join(dir, name)))) {
        const id = articleUrls.get(url)
        if (id === undefined) continue
        if (!byArticle.has(id)) byArticle.set(id, [])
        byArticle.get(id)!.push(`pagefind/fragment/${name}`)
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  return byArticle
}
