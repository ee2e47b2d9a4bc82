import { type RestReadCache, restReadCache } from './rest-read-cache'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

export const CACHE_HEADER = 'x-bantin-cache'

/** Credentials Payload reads: the Authorization header (JWT, API key) and its `<prefix>-token` cookie. */
function isAnonymous(request: Request): boolean {
  if (request.headers.has('authorization')) return false
  const cookie = request.headers.get('cookie') ?? ''
  return !/(^|;)\s*[^=;]*-token=/.test(cookie)
}

function wantsFresh(request: Request): boolean {
  const cacheControl = request.headers.get('cache-control') ?? ''
  return (
    /\bno-(cache|store)\b/i.test(cacheControl) ||
    /\bno-cache\b/i.test(request.headers.get('pragma') ?? '')
  )
}

/**
 * Reads of documents whose writes clear the cache: `/api/<collection>`, `/api/<collection>/<id>`
 * (or `/count`) and `/api/globals/<slug>`. Custom endpoints (site status, …), auth routes, files
 * and versions are always passed through: their answers change without a document write.
 */
function isCacheablePath(cache: RestReadCache, slug: string[]): boolean {
  if (slug[0] === 'globals') return slug.length === 2 && cache.watches('global', slug[1])
  if (slug.length === 2 && (slug[1] === 'versions' || slug[1] === 'me' || slug[1] === 'init'))
    return false
  return (slug.length === 1 || slug.length === 2) && cache.watches('collection', slug[0])
}

// Everything in the request that may change an anonymous answer besides the URL: the language of
// messages and, were CORS ever configured, the allowed origin.
function keyOf(request: Request): string {
  const lng = /(?:^|;)\s*payload-lng=([^;]*)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? ''
  return [
    request.url,
    request.headers.get('accept-language') ?? '',
    lng,
    request.headers.get('origin') ?? '',
  ].join('\n')
}

function withHeader(response: Response, value: 'hit' | 'miss' | 'bypass'): Response {
  const headers = new Headers(response.headers)
  headers.set(CACHE_HEADER, value)
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

/**
 * Wraps Payload's REST GET handler (the Next.js route and the benchmark's server) with the
 * anonymous read cache described in rest-read-cache.ts. `x-bantin-cache` says what happened.
 */
export function cachedRestGet(
  handler: RouteHandler,
  cache: RestReadCache = restReadCache,
): RouteHandler {
  return async (request, args) => {
    const { slug = [] } = await args.params
    const forwarded: RouteArgs = { params: Promise.resolve({ slug }) }
    if (
      request.method !== 'GET' ||
      !isAnonymous(request) ||
      wantsFresh(request) ||
      !isCacheablePath(cache, slug)
    ) {
      return withHeader(await handler(request, forwarded), 'bypass')
    }
    const key = keyOf(request)
    const hit = cache.get(key)
    if (hit) {
      cache.stats.hits++
      const headers = new Headers(hit.headers)
      headers.set(CACHE_HEADER, 'hit')
      return new Response(hit.body.slice(), { status: hit.status, headers })
    }
    cache.stats.misses++
    const epoch = cache.epoch
    const response = await handler(request, forwarded)
    const type = response.headers.get('content-type') ?? ''
    // Only whole successful JSON answers: errors may be transient, files are streamed.
    if (
      response.status !== 200 ||
      !type.includes('application/json') ||
      response.headers.has('set-cookie')
    ) {
      return withHeader(response, 'miss')
    }
    const body = new Uint8Array(await response.arrayBuffer())
    const headers = [...response.headers].filter(([name]) => name !== CACHE_HEADER)
    cache.set(key, epoch, { status: response.status, headers, body })
    return new Response(body.slice(), {
      status: response.status,
      headers: [...headers, [CACHE_HEADER, 'miss']],
    })
  }
}
