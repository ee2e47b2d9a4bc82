/**
 * The worker's two routes. `POST /rebuild` accepts a delivery only if it is signed, fresh, a
 * well-formed rebuild request and not seen before, in that order: nothing unsigned reaches the
 * replay memory or the build queue. `GET /status` is unauthenticated because the worker listens
 * on loopback only; it carries no secret. `POST /preview` (signed the same way) renders a draft
 * for the CMS's "Xem trước" and answers the page; it writes nothing and queues nothing.
 */
import { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'

import { rebuildRequestSchema, verifyDelivery } from '@bantin/content-types/rebuild-webhook'
import {
  type PreviewAnswer,
  type PreviewRequest,
  previewRequestSchema,
} from '../preview/preview-renderer'
import { type StateStore, type Takedown } from './state-store'

interface RouteContext {
  secret: string
  now: () => number
  store: StateStore
  /** Asks for a build (coalesced, retried until it goes live). */
  request: (reason: string) => void
  /** Takes a document off the live site now, without waiting for a build. */
  takedown: (takedown: Takedown) => void
  /** Whether a build waits for the running one. */
  pending: () => boolean
  status: () => Promise<unknown>
  /** Renders a draft as its public page (preview/preview-renderer.ts); absent, previews answer 503. */
  preview?: (request: PreviewRequest) => Promise<PreviewAnswer>
  log: (line: string) => void
}

// A rebuild request is a few hundred bytes; anything far larger is not one.
const MAX_BODY_BYTES = 64 * 1024
// A preview carries a whole article, body included (the CMS caps a request at a few MB).
const MAX_PREVIEW_BYTES = 8 * 1024 * 1024

function readBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= max) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(JSON.stringify(body))
}

async function receiveDelivery(context: RouteContext, req: IncomingMessage, res: ServerResponse) {
  const body = await readBody(req)
  if (body === null) return sendJson(res, 413, { error: 'body too large' })
  const verified = verifyDelivery(context.secret, req.headers, body, { now: context.now() })
  if (!verified.ok) return sendJson(res, verified.status, { error: verified.reason })
  const parsed = rebuildRequestSchema.safeParse(parseJson(body))
  if (!parsed.success) return sendJson(res, 400, { error: 'body is not a rebuild request' })
  if (!context.store.rememberDelivery(verified.id)) {
    return sendJson(res, 409, { error: 'delivery already received' })
  }
  const { reason, collection, id, takedown } = parsed.data
  const about = collection ? ` (${collection}${id !== undefined ? ` ${id}` : ''})` : ''
  if (takedown) {
    const receivedAt = new Date(context.now()).toISOString()
    context.takedown({
      key: verified.id,
      collection: collection!,
      id: String(id),
      reason,
      receivedAt,
    })
  }
  context.request(`${reason}${about}`)
  sendJson(res, 202, { accepted: verified.id, pending: context.pending() })
}

async function renderPreview(context: RouteContext, req: IncomingMessage, res: ServerResponse) {
  const body = await readBody(req, MAX_PREVIEW_BYTES)
  if (body === null) return sendJson(res, 413, { error: 'body too large' })
  const verified = verifyDelivery(context.secret, req.headers, body, { now: context.now() })
  if (!verified.ok) return sendJson(res, verified.status, { error: verified.reason })
  const parsed = previewRequestSchema.safeParse(parseJson(body))
  if (!parsed.success) return sendJson(res, 400, { error: 'body is not a preview request' })
  if (!context.preview) return sendJson(res, 503, { error: 'previews are not rendered here' })
  const answer = await context.preview(parsed.data)
  if (!answer.ok) return sendJson(res, 422, { problems: answer.problems })
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(answer.html)
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}

export function createRebuildRoutes(context: RouteContext): RequestListener {
  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://worker').pathname
    const route = async () => {
      if (pathname === '/status' && req.method === 'GET') {
        return sendJson(res, 200, await context.status())
      }
      if (pathname === '/rebuild' && req.method === 'POST')
        return receiveDelivery(context, req, res)
      if (pathname === '/preview' && req.method === 'POST') return renderPreview(context, req, res)
      if (pathname === '/status' || pathname === '/rebuild' || pathname === '/preview') {
        return sendJson(res, 405, { error: 'method not allowed' })
      }
      sendJson(res, 404, { error: 'not found' })
    }
    route().catch((error: Error) => {
      context.log(`request error: ${error.message}`)
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' })
    })
  }
}
