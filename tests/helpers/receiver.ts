import { createServer, type IncomingMessage, type Server } from 'node:http'

export interface Received {
  path: string
  headers: IncomingMessage['headers']
  body: string
}

/** A loopback HTTP receiver that records every request and answers with `status()`. */
export async function startReceiver(status: () => number = () => 202) {
  const received: Received[] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body })
      res.writeHead(status()).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
