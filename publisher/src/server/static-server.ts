/**
 * Serves the live site from whatever `current` points to. The symlink is resolved once per
 * request and every file of that request is read from the resolved release (its own folder, and
 * for a layered release its base: releases/layer.ts), so a switch during a request never mixes
 * two releases or produces a 404 in between.
 *
 * Files are sent by `send` (paths, `..` and dot files, index.html, ETag and 304, HEAD, ranges)
 * and gzipped by `compression`; what is ours is the release pinning, the page before the first
 * release, the redirect to the page's folder, the redirects of old addresses (redirects.ts), the
 * 404 page and the caching rules (headers.ts).
 */
import { lstat, realpath } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { type AddressInfo } from 'node:net'
import path from 'node:path'

import compression from 'compression'
import send from 'send'

import { cachedRelease, RemovedPaths, type ReleaseView, whereIs } from '../releases/layer'
import { DEFAULTS } from '../settings'
import { cacheControl, contentType, isCompressible } from './headers'
import { legacyRedirect } from './redirects'

interface StaticServerOptions {
  /** The `current` symlink (RELEASES_DIR/current). */
  root: string
  port?: number
  host?: string
  log?: (line: string) => void
}

export interface StaticServer {
  url: string
  port: number
  close(): Promise<void>
}

const NOT_BUILT = 'Trang tin đang được chuẩn bị, vui lòng quay lại sau ít phút.\n'
/** What a path that names no file gives: the 404 page, or a redirect to the page's folder. */
const NOT_FOUND = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG'])

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

// Its types speak Express; it needs no more of a request than Node's own.
const compress = compression({
  filter: (_req, res) => isCompressible(String(res.getHeader('Content-Type') ?? '')),
}) as unknown as Middleware

/**
 * Gzip only, as this server always answered: `compression` would pick brotli when a client
 * accepts both, and changing what clients and caches receive is its own decision, not part of
 * replacing the file-serving code. So it is shown the client's gzip preference alone.
 */
function gzip(req: IncomingMessage, res: ServerResponse, next: () => void) {
  const accepted = String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .filter((coding) => /^\s*gzip\b/i.test(coding))
  const view = {
    method: req.method,
    headers: { 'accept-encoding': accepted.join(',') || 'identity' },
  }
  compress(view as IncomingMessage, res, next)
}

interface Request {
  req: IncomingMessage
  res: ServerResponse
  /** The release `current` pointed to when the request came in. */
  release: ReleaseView
  /** The path as the client wrote it (still percent-encoded), and the query after `?`. */
  rawPath: string
  query: string
}

function answer(res: ServerResponse, status: number, body: string, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(body)
}

/**
 * Whether `rawPath` stays inside the release once symlinks are followed. `send` refuses `..`
 * and dot files but follows symlinks; a release's symlinks must not lead out of it.
 */
async function staysInside(release: string, rawPath: string): Promise<boolean> {
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return true // `send` answers 400
  }
  if (decoded.includes('\0')) return true // `send` answers 400
  const file = path.join(release, decoded, decoded.endsWith('/') ? 'index.html' : '')
  try {
    const real = await realpath(file)
    return real === release || real.startsWith(release + path.sep)
  } catch (error) {
    if (NOT_FOUND.has((error as NodeJS.ErrnoException).code ?? '')) return true
    throw error
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch (error) {
    if (NOT_FOUND.has((error as NodeJS.ErrnoException).code ?? '')) return false
    throw error
  }
}

/**
 * The folder `send` reads `urlPath` from: the release's own, or a layered release's base; null
 * when a layered release has removed that file. Paths `send` refuses (bad encoding, `..`) go to
 * the release's own folder for `send` to refuse.
 */
async function folderFor({ dir, base, removed }: ReleaseView, urlPath: string) {
  if (!base) return dir
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return dir
  }
  // As `send` reads it: `//x` and `/a/./x` are `/x` and `/a/x`; a final `/` means its index.html.
  const file = path.posix.normalize(`/${decoded}`) + (urlPath.endsWith('/') ? 'index.html' : '')
  if (decoded.includes('\0') || file.split('/').includes('..')) return dir
  // A file or folder of the overlay (a new page's folder, so that `send` redirects to it).
  if (await exists(path.join(dir, file))) return dir
  if (removed.has(file) || (!file.endsWith('/') && removed.folders.has(`${file}/`))) return null
  return base
}

/**
 * Where to send a client that left out a folder's final slash: always a path on this site.
 * Built from the decoded path, whose `//` runs are folded, with each segment encoded again, so
 * that `//host/x` or `/\host` can never become a protocol-relative URL to another host.
 */
function folderLocation({ rawPath, query }: Request): string {
  const decoded = path.posix.normalize(`/${decodeURIComponent(rawPath)}`)
  const encoded = decoded.split('/').map(encodeURIComponent).join('/')
  return `${encoded.replace(/\/+$/, '')}/${query ? `?${query}` : ''}`
}

/** Sends one file of the pinned release; a missing one becomes the 404 page. */
async function sendFile(request: Request, urlPath: string, status: 200 | 404): Promise<void> {
  const { req, res } = request
  const release = await folderFor(request.release, urlPath)
  if (release === null || !(await staysInside(release, urlPath))) {
    if (status === 200) return notFound(request)
    return answer(res, 404, 'Not found\n')
  }
  return new Promise((resolve, reject) => {
    res.statusCode = status
    res.once('close', () => resolve())
    send(req, urlPath, { root: release, cacheControl: false, acceptRanges: status === 200 })
      .on('headers', (_: ServerResponse, file: string) => {
        const type = contentType(file)
        const filePath = `/${path.relative(release, file).split(path.sep).join('/')}`
        res.setHeader('Content-Type', type)
        res.setHeader('Cache-Control', status === 200 ? cacheControl(filePath, type) : 'no-cache')
        res.setHeader('X-Content-Type-Options', 'nosniff')
        // The documents library's PDFs (/van-ban/tep/…) are downloaded, never shown as a page of the site.
        if (type === 'application/pdf') res.setHeader('Content-Disposition', 'attachment')
      })
      // Pages are folders (/tin-tuc/x/); a link without the final slash gets sent to the page.
      .on('directory', () => {
        const location = folderLocation(request)
        res.writeHead(301, { Location: location, 'Cache-Control': 'public, max-age=3600' }).end()
      })
      .on('error', (error: Error & { status?: number; headers?: Record<string, string> }) => {
        if (res.headersSent) return res.destroy(error)
        // Headers set for the file (type, caching, ETag) do not describe this answer.
        for (const name of res.getHeaderNames()) res.removeHeader(name)
        if (error.status === 404 && status === 200) {
          return notFound(request).then(resolve, reject)
        }
        if (error.status === 404) return answer(res, 404, 'Not found\n')
        // 403 is `send` refusing a path that climbs out of the release.
        if (error.status === 400 || error.status === 403) return answer(res, 400, 'Bad request\n')
        if (error.status && error.status < 500) {
          return answer(res, error.status, `${error.message}\n`, error.headers)
        }
        reject(error)
      })
      .pipe(res)
  })
}

const SEARCH_PREFIX = '/pagefind/'

/**
 * The search index a publisher's release leaves to the search job (search/search-index.ts):
 * `/pagefind/…` comes from `search/current` beside the releases when the release has no such
 * file itself (a build outside the publisher indexes into its own folder).
 */
async function searchIndexFor(
  root: string,
  release: ReleaseView,
  rawPath: string,
): Promise<ReleaseView | null> {
  let file: string
  try {
    file = path.posix.normalize(decodeURIComponent(rawPath)).slice(1)
  } catch {
    return null
  }
  if (!file.startsWith(SEARCH_PREFIX.slice(1)) || (await whereIs(release, file))) return null
  try {
    const dir = await realpath(path.join(path.dirname(root), 'search', 'current'))
    return { dir, base: null, layer: null, removed: new RemovedPaths() }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return null
  }
}

/**
 * A path the release has no file for: the new page of an article that had this old address
 * (redirects.ts), else the release's own 404.html with status 404.
 */
async function notFound(request: Request): Promise<void> {
  const to = await legacyRedirect(request.release, request.rawPath, request.query)
  if (to === null) return sendFile(request, '/404.html', 404)
  request.res.writeHead(301, { Location: to, 'Cache-Control': 'public, max-age=3600' }).end()
}

async function respond(root: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return answer(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
  }
  let folder: string
  try {
    folder = await realpath(root)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return answer(res, 503, NOT_BUILT, { 'Retry-After': '60', 'Cache-Control': 'no-store' })
  }
  // Parsed once per release (releases never change once live), then shared by every request.
  let release = await cachedRelease(folder)
  // Split by hand: URL parsing would resolve `..` and percent-encodings before `send` sees them.
  const [rawPath, query = ''] = (req.url ?? '/').split(/\?(.*)/s)
  if (rawPath.startsWith(SEARCH_PREFIX))
    release = (await searchIndexFor(root, release, rawPath)) ?? release
  await sendFile({ req, res, release, rawPath, query }, rawPath, 200)
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[site] ${line}\n`))
  const server = createServer((req, res) => {
    const fail = (error: NodeJS.ErrnoException) => {
      // A client that hangs up mid-file is normal; anything else is worth a line in the log.
      if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') log(`${req.url}: ${error.message}`)
      if (!res.headersSent) answer(res, 500, 'Internal error\n')
      else res.destroy()
    }
    gzip(req, res, () => respond(options.root, req, res).catch(fail))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEFAULTS.sitePort, options.host ?? DEFAULTS.siteHost, () =>
      resolve(),
    )
  })
  const { port, address } = server.address() as AddressInfo
  return {
    url: `http://${address}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
