import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface RestResponse {
  status: number
  text: string
  json: any
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** Calls Payload's real REST route handlers with a standard Request: no server needed. */
export function restClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  return async function rest(
    method: Method,
    pathAndQuery: string,
    { token, json, form }: { token?: string; json?: unknown; form?: FormData } = {},
  ): Promise<RestResponse> {
    const url = new URL(`http://localhost:3000/api${pathAndQuery}`)
    const headers = new Headers()
    if (token) headers.set('Authorization', `JWT ${token}`)
    let body: BodyInit | undefined
    if (json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(json)
    } else if (form) body = form
    const request = new Request(url, { method, headers, body })
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, text, json: parseJson(text) }
  }
}
