/**
 * An editor working against a real stack (`startStack`): signs in through REST, publishes, and
 * reads the live site the way a reader does.
 */
import { makeJpeg } from '../../helpers/content'
import { type TestStack } from '../../../scripts/lib/start-stack'

type Json = Record<string, any>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface Page {
  /** 0 when the site did not answer (refused, cut off or timed out): a restart, a slow moment. */
  status: number
  html: string
}

// Refused: nothing listens (a restart). Reset or closed mid-answer: the server died meanwhile.
const NOT_ANSWERING = new Set(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET'])

/** GET on the live site; only "not answering right now" is turned into status 0, anything else throws. */
export async function readPage(stack: TestStack, path: string): Promise<Page> {
  const res = await fetch(`${stack.siteUrl}${path}`, { signal: AbortSignal.timeout(5000) }).catch(
    (error: Error) => {
      const code = (error.cause as { code?: string } | undefined)?.code
      if (error.name === 'TimeoutError' || NOT_ANSWERING.has(code ?? '')) return null
      throw error
    },
  )
  return res ? { status: res.status, html: await res.text() } : { status: 0, html: '' }
}

/** Waits until `path` is served with `text` in it; returns the page. */
export async function liveWith(
  stack: TestStack,
  path: string,
  text: string,
  timeoutMs = 120_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { status, html } = await readPage(stack, path)
    if (status === 200 && html.includes(text)) return html
    if (Date.now() > deadline) {
      throw new Error(
        `${path} did not go live with "${text}" in ${timeoutMs / 1000} s:\n${stack.output().slice(-6000)}`,
      )
    }
    await sleep(300)
  }
}

export interface Editor {
  api(method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }>
  /** A published article in the editor's own category, by the editor's own author. */
  article(title: string, extra?: Json): Json
  /** Uploads a JPEG with a caption; resolves to the media document. */
  uploadImage(fileName: string, caption: string): Promise<Json>
}

/** Creates an editor account on the stack, signs in, and makes an author and a category to write with. */
export async function signInEditor(
  stack: TestStack,
  {
    email,
    password,
    category,
  }: { email: string; password: string; category: { name: string; slug: string } },
): Promise<Editor> {
  await stack.createUser({ email, role: 'editor', name: 'Biên tập', password })
  const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`)
  const token = ((await login.json()) as Json).token as string

  async function api(method: string, path: string, body?: unknown) {
    const init: RequestInit = { method, headers: { Authorization: `JWT ${token}` } }
    if (body instanceof FormData) init.body = body
    else if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers = { ...init.headers, 'Content-Type': 'application/json' }
    }
    const res = await fetch(`${stack.cmsUrl}/api${path}`, init)
    return { status: res.status, json: (await res.json()) as Json }
  }

  const created = async (path: string, body: unknown) => {
    const res = await api('POST', path, body)
    if (res.status !== 201)
      throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.json)}`)
    return res.json.doc as Json
  }
  const author = await created('/authors', { fullName: 'Trần Văn Kiểm', byline: 'Văn Kiểm' })
  const section = await created('/categories', category)

  return {
    api,
    article: (title, extra = {}) => ({
      title,
      lead: `Sapo của bài ${title}.`,
      authors: [author.id],
      category: section.id,
      _status: 'published',
      ...extra,
    }),
    async uploadImage(fileName, caption) {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(await makeJpeg(1200, 800))], { type: 'image/jpeg' }),
        fileName,
      )
      form.append('_payload', JSON.stringify({ caption, alt: caption }))
      return created('/media', form)
    },
  }
}
