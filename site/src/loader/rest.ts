/** The CMS's REST conventions: URLs, query strings and paging. Nothing else in the site builds them. */

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>

export class CmsError extends Error {
  override name = 'CmsError'
}

export interface Page<T> {
  docs: T[]
  hasNextPage: boolean
  nextPage: number | null
  totalDocs: number
}

/** Query values as the REST API reads them: nested objects become `where[a][b]=…`. */
export type Query = { [key: string]: string | number | boolean | string[] | Query | undefined }

function encodeQuery(query: Query, prefix = ''): string[] {
  return Object.entries(query).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}[${key}]` : key
    if (value === undefined) return []
    if (Array.isArray(value)) return [`${name}=${value.map(encodeURIComponent).join(',')}`]
    if (typeof value === 'object') return encodeQuery(value, name)
    return [`${name}=${encodeURIComponent(String(value))}`]
  })
}

export function buildApiUrl(cmsUrl: string, path: string, query: Query = {}): string {
  const search = encodeQuery(query).join('&')
  return `${cmsUrl}/api/${path}${search ? `?${search}` : ''}`
}

/** Where a media file (original or variant) is downloaded from. */
export function mediaFileUrl(cmsUrl: string, filename: string): string {
  return `${cmsUrl}/api/media/file/${encodeURIComponent(filename)}`
}

/** Where a document's PDF is downloaded from. */
export function documentFileUrl(cmsUrl: string, filename: string): string {
  return `${cmsUrl}/api/documents/file/${encodeURIComponent(filename)}`
}

/** `select[a]=true&select[b]=true`: ask only for the fields the site prints. */
export function selectFields(fields: readonly string[]): Query {
  return Object.fromEntries(fields.map((field) => [field, true]))
}

export async function fetchJson<T>(fetchImpl: Fetch, url: string): Promise<T> {
  let response: Response
  try {
    // Anonymous on purpose: the CMS's access rules then return published, non-trashed content only.
    // no-cache: the CMS may keep anonymous answers for a few seconds; a build must see the database
    // as it is, or a page just unpublished could be built back into the site.
    response = await fetchImpl(url, {
      headers: { accept: 'application/json', 'cache-control': 'no-cache' },
    })
  } catch (error) {
    const cause = (
      error as { cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> } }
    ).cause
    const detail =
      cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message
    throw new CmsError(
      `Cannot reach the CMS at ${url} (${detail}). Is it running, and is CMS_URL right?`,
    )
  }
  const text = await response.text()
  if (!response.ok) {
    throw new CmsError(
      `The CMS answered ${response.status} ${response.statusText} for ${url}: ${text.slice(0, 200)}`,
    )
  }
  try {
    return JSON.parse(text) as T
  } catch {
    throw new CmsError(`The CMS sent something that is not JSON for ${url}: ${text.slice(0, 200)}`)
  }
}

/** Every document matching `query`, page by page, so no single response grows with the site. */
/** Every page of a list, as the CMS sends it (with `totalDocs`). */
export async function* pageThroughCounted<T>(
  fetchImpl: Fetch,
  cmsUrl: string,
  collection: string,
  query: Query,
  pageSize = 1,
): AsyncGenerator<Page<T>> {
  let page: number | null = 1
  while (page !== null) {
    const url = buildApiUrl(cmsUrl, collection, { ...query, limit: pageSize, page })
    const result: Page<T> = await fetchJson<Page<T>>(fetchImpl, url)
    if (!Array.isArray(result.docs)) throw new CmsError(`The CMS sent no "docs" list for ${url}`)
    yield result
    page = result.hasNextPage && result.nextPage ? result.nextPage : null
  }
}

export async function* pageThrough<T>(
  fetchImpl: Fetch,
  cmsUrl: string,
  collection: string,
  query: Query,
  pageSize: number,
): AsyncGenerator<T[]> {
  for await (const page of pageThroughCounted<T>(fetchImpl, cmsUrl, collection, query, pageSize))
    yield page.docs
}
