/**
 * Awkward content through the real stack (npm start): each kind that once froze every build is
 * published (or refused by the CMS), and a normal article published right after it must go live.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { makeJpeg, paragraph, richText, type LexicalNode } from '../helpers/content'
import { startStack, type TestStack } from '../../scripts/lib/start-stack'

const EMAIL = 'bientap@congan.test'
const PASSWORD = 'mat-khau-kiem-thu-456'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let stack: TestStack
let token = ''
let basics: { author: number; category: number }

type Json = Record<string, any>

async function api(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Json }> {
  const init: RequestInit = { method, headers: { Authorization: `JWT ${token}` } }
  if (body instanceof FormData) init.body = body
  else if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { ...init.headers, 'Content-Type': 'application/json' }
  }
  const res = await fetch(`${stack.cmsUrl}/api${path}`, init)
  return { status: res.status, json: (await res.json()) as Json }
}

beforeAll(async () => {
  stack = await startStack()
  await stack.createUser({ email: EMAIL, role: 'editor', name: 'Biên tập', password: PASSWORD })
  const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  })
  token = ((await login.json()) as Json).token
  const author = await api('POST', '/authors', { fullName: 'Trần Văn Kiểm', byline: 'Văn Kiểm' })
  const category = await api('POST', '/categories', {
    name: 'Kiểm thử nội dung',
    slug: 'kiem-thu-noi-dung',
  })
  basics = { author: author.json.doc.id, category: category.json.doc.id }
}, 600_000)

afterAll(async () => {
  await stack?.remove()
}, 60_000)

async function page(path: string): Promise<{ status: number; html: string }> {
  // Only "not answering right now" (a restart, a slow moment) counts as not served yet.
  const res = await fetch(`${stack.siteUrl}${path}`, { signal: AbortSignal.timeout(5000) }).catch(
    (error: Error) => {
      const code = (error.cause as { code?: string } | undefined)?.code
      if (error.name === 'TimeoutError' || code === 'ECONNREFUSED' || code === 'ECONNRESET')
        return null
      throw error
    },
  )
  return res ? { status: res.status, html: await res.text() } : { status: 0, html: '' }
}

/** Waits until `path` is served with `text` in it; returns the page. */
async function liveWith(path: string, text: string, timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { status, html } = await page(path)
    if (status === 200 && html.includes(text)) return html
    if (Date.now() > deadline) {
      throw new Error(
        `${path} did not go live with "${text}" in ${timeoutMs / 1000} s:\n${stack.output().slice(-4000)}`,
      )
    }
    await sleep(300)
  }
}

const article = (title: string, extra: Json = {}) => ({
  title,
  lead: `Sapo của bài ${title}.`,
  authors: [basics.author],
  category: basics.category,
  _status: 'published',
  ...extra,
})

/** A normal article published after the awkward one: the build must not be held back. */
async function normalGoesLive(label: string) {
  const title = `Bài bình thường sau ${label} ${Date.now()}`
  const res = await api('POST', '/articles', article(title))
  expect(res.status).toBe(201)
  await liveWith(`/tin-tuc/${res.json.doc.slug}/`, title)
}

function nestedList(depth: number): LexicalNode {
  let node: LexicalNode = paragraph('Đáy danh sách')
  for (let i = 0; i < depth; i++) {
    node = {
      type: 'list',
      version: 1,
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'listitem',
          version: 1,
          value: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [node],
        },
      ],
    }
  }
  return node
}

describe('awkward content never holds back the next publish (real stack)', () => {
  test('an image uploaded as "IMG_2024 (1).jpg" is published with its article', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await makeJpeg(1200, 800))], { type: 'image/jpeg' }),
      'IMG_2024 (1).jpg',
    )
    form.append('_payload', JSON.stringify({ caption: 'Hiện trường vụ tai nạn trên quốc lộ' }))
    const media = await api('POST', '/media', form)
    expect(media.status).toBe(201)
    expect(media.json.doc.filename).toBe('img-2024-1.jpg')
    const title = `Bài có ảnh tên lạ ${Date.now()}`
    const res = await api('POST', '/articles', article(title, { heroImage: media.json.doc.id }))
    expect(res.status).toBe(201)
    const html = await liveWith(`/tin-tuc/${res.json.doc.slug}/`, title)
    expect(html).toContain('Hiện trường vụ tai nạn trên quốc lộ')
    const src = html.match(/src="(\/media\/img-2024-1[^"]*)"/)?.[1]
    expect(src).toBeTruthy()
    expect((await page(src!)).status).toBe(200)
    await normalGoesLive('ảnh tên lạ')
  }, 300_000)

  test('an emoji-only title is refused with a Vietnamese message, and nothing else stops', async () => {
    const res = await api('POST', '/articles', article('🚓🚨!!! ???'))
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toMatch(/ít nhất một chữ hoặc số/)
    await normalGoesLive('tiêu đề toàn biểu tượng')
  }, 300_000)

  test('a lead that mentions /media/khong-co.jpg is published as written', async () => {
    const title = `Bài nhắc đường dẫn ảnh ${Date.now()}`
    const res = await api(
      'POST',
      '/articles',
      article(title, { lead: 'Tệp /media/khong-co.jpg đã bị xoá khỏi máy chủ cũ.' }),
    )
    expect(res.status).toBe(201)
    const html = await liveWith(`/tin-tuc/${res.json.doc.slug}/`, title)
    expect(html).toContain('/media/khong-co.jpg đã bị xoá')
    await normalGoesLive('sapo nhắc /media/')
  }, 300_000)

  test('a body link to a page that does not exist keeps its words and the article goes live', async () => {
    const title = `Bài có liên kết hỏng ${Date.now()}`
    const link: LexicalNode = {
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { linkType: 'custom', url: '/tin-tuc/bai-khong-ton-tai/', newTab: false },
      children: [
        {
          type: 'text',
          version: 1,
          text: 'xem bài cũ',
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
        },
      ],
    }
    const body = richText({ ...paragraph('Bạn đọc có thể '), children: [link] })
    const res = await api('POST', '/articles', article(title, { body }))
    expect(res.status).toBe(201)
    const html = await liveWith(`/tin-tuc/${res.json.doc.slug}/`, title)
    expect(html).toContain('xem bài cũ')
    expect(html).not.toContain('href="/tin-tuc/bai-khong-ton-tai/"')
    await normalGoesLive('liên kết hỏng')
  }, 300_000)

  test('clearing publishedAt on a live article keeps it live with a date', async () => {
    const title = `Bài bị xoá ngày đăng ${Date.now()}`
    const res = await api('POST', '/articles', article(title))
    expect(res.status).toBe(201)
    await liveWith(`/tin-tuc/${res.json.doc.slug}/`, title)
    const cleared = await api('PATCH', `/articles/${res.json.doc.id}`, {
      publishedAt: null,
      _status: 'published',
    })
    expect(cleared.status).toBe(200)
    expect(cleared.json.doc.publishedAt).toBe(res.json.doc.publishedAt)
    await normalGoesLive('xoá ngày đăng')
    expect((await page(`/tin-tuc/${res.json.doc.slug}/`)).status).toBe(200)
  }, 300_000)

  test('deleting a category or author that live articles use is refused, and publishing goes on', async () => {
    const category = await api('DELETE', `/categories/${basics.category}`)
    expect(category.status).toBe(400)
    expect(JSON.stringify(category.json)).toMatch(/Không thể xóa chuyên mục này: \d+ bài đang đăng/)
    const author = await api('DELETE', `/authors/${basics.author}`)
    expect(author.status).toBe(400)
    expect(JSON.stringify(author.json)).toMatch(/Không thể xóa tác giả này/)
    await normalGoesLive('xoá chuyên mục đang dùng')
    expect((await page('/chuyen-muc/kiem-thu-noi-dung/')).status).toBe(200)
  }, 300_000)

  test('a body nested hundreds of levels deep is refused, and publishing goes on', async () => {
    const res = await api(
      'POST',
      '/articles',
      article(`Bài lồng sâu ${Date.now()}`, { body: richText(nestedList(300)) }),
    )
    expect(res.status).toBe(400)
    await normalGoesLive('nội dung lồng sâu')
  }, 300_000)

  test('an unpublished article leaves the live site', async () => {
    const title = `Bài sẽ gỡ ${Date.now()}`
    const res = await api('POST', '/articles', article(title))
    const path = `/tin-tuc/${res.json.doc.slug}/`
    await liveWith(path, title)
    const unpublished = await api('PATCH', `/articles/${res.json.doc.id}`, { _status: 'draft' })
    expect(unpublished.status).toBe(200)
    const deadline = Date.now() + 30_000
    while ((await page(path)).status !== 404) {
      if (Date.now() > deadline) throw new Error(`${path} is still served 30 s after unpublishing`)
      await sleep(250)
    }
  }, 300_000)
})
