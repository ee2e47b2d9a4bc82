import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { makeJpeg } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { createStaff } from '../helpers/staff'

let cms: TestCms
let getRoute: ReturnType<typeof REST_GET>
let staff: Awaited<ReturnType<typeof createStaff>>
let imageId: number

// The test CMS has no SERVER_URL: its links are on http://localhost:3000, it listens on port 3000.
beforeAll(async () => {
  cms = await startTestCms()
  getRoute = REST_GET(cms.config)
  staff = await createStaff(cms.payload)
  const image = await cms.payload.create({
    collection: 'media',
    data: { caption: 'Ảnh chưa xuất bản', alt: 'Ảnh chưa xuất bản' },
    file: {
      data: await makeJpeg(960, 600),
      mimetype: 'image/jpeg',
      name: 'chua-xuat-ban.jpg',
      size: 0,
    },
  })
  imageId = image.id as number
}, 120_000)
afterAll(async () => cms?.close())

type FileUrls = { url: string; thumbnailURL: string; sizes: Record<string, { url: string }> }

/** GET /api/media/<id> as a browser at `origin` sends it: its Host header names that address. */
async function readImage(
  origin: string,
  token?: string,
): Promise<{ status: number; doc: FileUrls }> {
  const headers = new Headers({ host: new URL(origin).host })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(`${origin}/api/media/${imageId}`, { headers })
  const response = await getRoute(request, {
    params: Promise.resolve({ slug: ['media', String(imageId)] }),
  })
  return { status: response.status, doc: await response.json() }
}

// Variants wider than the original are not made: their URL is null.
const allUrls = (doc: FileUrls) =>
  [doc.url, doc.thumbnailURL, ...Object.values(doc.sizes).map((size) => size.url)].filter(
    (url) => url !== null,
  )

describe('file URLs follow the admin address staff opened', () => {
  test('at 127.0.0.1 the image, its thumbnail and every variant are on 127.0.0.1, where the cookie goes', async () => {
    const { status, doc } = await readImage('http://127.0.0.1:3000', staff.editor.token)
    expect(status).toBe(200)
    expect(doc.thumbnailURL).toMatch(
      /^http:\/\/127\.0\.0\.1:3000\/api\/media\/file\/chua-xuat-ban-480x300\.webp$/,
    )
    expect(
      allUrls(doc).filter((url) => !url.startsWith('http://127.0.0.1:3000/api/media/file/')),
    ).toEqual([])
  })

  test('at SERVER_URL they stay on SERVER_URL', async () => {
    const { doc } = await readImage('http://localhost:3000', staff.editor.token)
    expect(
      allUrls(doc).filter((url) => !url.startsWith('http://localhost:3000/api/media/file/')),
    ).toEqual([])
  })

  test('a Host the admin is not served at changes nothing', async () => {
    const { doc } = await readImage('http://attacker.example', staff.editor.token)
    expect(
      allUrls(doc).filter((url) => !url.startsWith('http://localhost:3000/api/media/file/')),
    ).toEqual([])
  })
})
