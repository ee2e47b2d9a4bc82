/**
 * Serves the live site from whatever `current` points to. The symlink is resolved once per
 * request and every file of that request is read from the resolved release folder, so a switch
 * during a request never mixes two releases or produces a 404 in between.
 */
import { type FileHandle, realpath } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { type AddressInfo } from 'node:net'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import { cacheControl, contentType, isCompressible } from './headers'
import { openInside, resolveTarget } from './site-paths'

export interface StaticServerOptions {
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

async function send(
  req: IncomingMessage,
  res: ServerResponse,
  handle: FileHandle,
  urlPath: string,
  status: number,
) {
  const stat = await handle.stat()
  const type = contentType(urlPath)
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': status === 200 ? cacheControl(urlPath, type) : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ETag: etag,
  }
  if (status === 200 && req.headers['if-none-match'] === etag) {
    await handle.close()
    return void res.writeHead(304, headers).end()
  }
  const gzip =
    isCompressible(type) &&
    stat.size > 1024 &&
    /\bgzip\b/.test(String(req.headers['accept-encoding']))
  if (isCompressible(type)) headers.Vary = 'Accept-Encoding'
  if (gzip) headers['Content-Encoding'] = 'gzip'
  else headers['Content-Length'] = String(stat.size)
  res.writeHead(status, headers)
  if (req.method === 'HEAD') return void (await handle.close(), res.end())
  const stream = handle.createReadStream()
  await (gzip ? pipeline(stream, createGzip(), res) : pipeline(stream, res))
}

async function respond(root: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return void res
      .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' })
      .end('Method not allowed\n')
  }
  let release: string
  try {
    release = await realpath(root)
  } catch {
    const headers = {
      'Content-Type': 'text/plain; charset=utf-8',
      'Retry-After': '60',
      'Cache-Control': 'no-store',
    }
    return void res.writeHead(503, headers).end(NOT_BUILT)
  }
  const target = resolveTarget(release, req.url ?? '/')
  if ('status' in target && target.status === 400) {
    return void res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request\n')
  }
  if ('file' in target) {
    const handle = await openInside(release, target.file)
    if (handle) return send(req, res, handle, target.urlPath, 200)
    // Pages are folders (/tin-tuc/x/); a link without the final slash gets sent to the page.
    if (!target.urlPath.endsWith('/index.html')) {
      const index = await openInside(release, path.join(target.file, 'index.html'))
      if (index) {
        await index.close()
        const location = `${target.rawPath}/${target.query ? `?${target.query}` : ''}`
        return void res
          .writeHead(301, { Location: location, 'Cache-Control': 'public, max-age=3600' })
          .end()
      }
    }
  }
  const notFound = await openInside(release, path.join(release, '404.html'))
  if (notFound) return send(req, res, notFound, '/404.html', 404)
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n')
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[site] ${line}\n`))
  const server = createServer((req, res) => {
    respond(options.root, req, res).catch((error: NodeJS.ErrnoException) => {
      // A client that hangs up mid-file is normal; anything else is worth a line in the log.
      if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') log(`${req.url}: ${error.message}`)
      if (!res.headersSent)
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal error\n')
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4321, options.host ?? '127.0.0.1', () => resolve())
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
