import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { FakeCms } from './fake-cms'

export interface FakeCmsServer {
  url: string
  /** Paths requested, decoded, in order. */
  requests: string[]
  /** Media files by name, served at /api/media/file/<name>; any other name answers 404. */
  files: Map<string, Buffer>
  close: () => Promise<void>
}

/**
 * The fake CMS over HTTP, so a real Astro build (a child process) can read documents the real CMS
 * would refuse or could not store: the site must build or isolate whatever it is sent.
 */
export async function startFakeCmsServer(cms: FakeCms): Promise<FakeCmsServer> {
  const files = new Map<string, Buffer>()
  const requests: string[] = []
  let origin = ''
  const server: Server = createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', origin)
    requests.push(decodeURIComponent(url.pathname + url.search))
    const file = url.pathname.match(/^\/api\/media\/file\/([^/]+)$/)
    if (file) {
      const content = files.get(decodeURIComponent(file[1]!))
      if (content)
        outgoing.writeHead(200, { 'content-type': 'application/octet-stream' }).end(content)
      else
        outgoing
          .writeHead(404, { 'content-type': 'application/json' })
          .end('{"errors":[{"message":"Not Found"}]}')
      return
    }
    const response = await cms.fetch(url.href)
    outgoing
      .writeHead(response.status, Object.fromEntries(response.headers))
      .end(await response.text())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    requests,
    files,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  }
}
