type Doc = Record<string, unknown> & { id: number | string; updatedAt: string; [RAW_JSON]?: string }

/**
 * A document's JSON as the CMS would send it, for documents too deep for JSON.stringify (the
 * site must cope with anything JSON.parse accepts).
 */
export const RAW_JSON = Symbol('raw json')

export interface FakeCms {
  fetch: (url: string) => Promise<Response>
  /** Requested URLs, decoded, in order. */
  requests: string[]
  collections: Record<string, Doc[]>
  /** When true, every request fails as if nothing listened on the port. */
  down: boolean
  /** When set, every request is answered with this HTTP status. */
  status?: number
}

/**
 * The REST behaviour the loader relies on, over fixture documents: where[updatedAt][greater_than],
 * where[id][in], select[id] (ids only), sort=id, limit and page. It stands in for the CMS
 * (the dependency), not for the loader under test.
 */
export function createFakeCms(collections: Record<string, Doc[]>): FakeCms {
  const cms: FakeCms = {
    requests: [],
    collections,
    down: false,
    fetch: async (raw) => {
      const url = new URL(raw)
      cms.requests.push(decodeURIComponent(url.pathname + url.search))
      if (cms.down) throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
      if (cms.status)
        return new Response('{"errors":[{"message":"Something went wrong."}]}', {
          status: cms.status,
        })
      const name = url.pathname.replace(/^\/api\//, '')
      const q = url.searchParams
      let docs = [...(cms.collections[name] ?? [])]
      const after = q.get('where[updatedAt][greater_than]')
      if (after) docs = docs.filter((d) => d.updatedAt > after)
      const ids = q.get('where[id][in]')
      if (ids) docs = docs.filter((d) => ids.split(',').includes(String(d.id)))
      if (q.get('sort') === 'id') docs.sort((a, b) => Number(a.id) - Number(b.id))
      const idsOnly = q.get('select[id]') === 'true'
      const limit = Number(q.get('limit') ?? 10)
      const page = Number(q.get('page') ?? 1)
      const slice = docs
        .slice((page - 1) * limit, page * limit)
        .map((d) => (idsOnly ? { id: d.id } : d))
      const hasNextPage = page * limit < docs.length
      const rest = {
        totalDocs: docs.length,
        hasNextPage,
        nextPage: hasNextPage ? page + 1 : null,
        page,
        limit,
      }
      const list = slice
        .map((d) => (!idsOnly && (d as Doc)[RAW_JSON]) || JSON.stringify(d))
        .join(',')
      const body = `{"docs":[${list}],${JSON.stringify(rest).slice(1)}`
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
    },
  }
  return cms
}
