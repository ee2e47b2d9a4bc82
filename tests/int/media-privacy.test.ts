import { readFileSync } from 'node:fs'
import { REST_GET } from '@payloadcms/next/routes'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'
import { makeJpeg, paragraph, richText, type LexicalNode } from '../helpers/content'

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics
let getFile: ReturnType<typeof REST_GET>

beforeAll(async () => {
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
  getFile = REST_GET(cms.config)
})
afterAll(async () => cms?.close())

/** The file route as a browser calls it, keeping the bytes and headers the text client drops. */
async function fetchFile(name: string, token?: string) {
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const request = new Request(`http://localhost:3000/api/media/file/${encodeURIComponent(name)}`, {
    headers,
  })
  const response = await getFile(request, {
    params: Promise.resolve({ slug: ['media', 'file', name] }),
  })
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}

function uploadForm(bytes: Uint8Array, name: string, type: string, caption = 'Ảnh hiện trường') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ caption }))
  return form
}

async function upload(bytes: Uint8Array, name: string, type = 'image/jpeg') {
  const res = await rest('POST', '/media', {
    token: staff.editor.token,
    form: uploadForm(bytes, name, type),
  })
  expect(res.status, res.text).toBe(201)
  return res.json.doc as {
    id: number
    filename: string
    width: number
    height: number
    sizes: Record<string, { filename: string }>
  }
}

const uploadNode = (id: number): LexicalNode => ({
  type: 'upload',
  version: 3,
  format: '',
  relationTo: 'media',
  value: id,
  fields: null,
})

/** A 600×300 photo as a phone writes it: GPS position, camera make and model, rotated by a tag. */
async function phonePhoto() {
  return sharp({ create: { width: 600, height: 300, channels: 3, background: '#2a6' } })
    .withExif({
      IFD0: { Make: 'CanonSecret', Model: 'EOS-Spy-5D', Software: 'PhoneCam 1.0' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 1/1 3/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '105/1 50/1 2/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .withIccProfile('p3')
    .jpeg({ quality: 85 })
    .toBuffer()
}

const PAYLOAD = '<html><body><script>alert(document.cookie)</script></body></html>'

/** A real JPEG that is also an HTML page: the markup sits in a comment segment and after the image. */
async function polyglotJpeg() {
  const jpeg = await makeJpeg(320, 200)
  const comment = Buffer.from(PAYLOAD)
  const segment = Buffer.concat([
    Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]),
    comment,
  ])
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2), Buffer.from(PAYLOAD)])
}

describe('media: the stored original carries no camera metadata', () => {
  test('GPS, make and model are gone from the file on disk and the served file; orientation is applied, the colour profile kept', async () => {
    const original = await phonePhoto()
    const before = await sharp(original).metadata()
    expect([before.orientation, before.width, before.exif!.toString('latin1')]).toEqual([
      6,
      600,
      expect.stringContaining('CanonSecret'),
    ])
    const sRgb = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .withIccProfile('srgb')
      .jpeg()
      .toBuffer()
    expect(before.icc).not.toEqual((await sharp(sRgb).metadata()).icc)

    const doc = await upload(original, 'hien-truong.jpg')
    // Rotated by the tag: the stored image stands upright with no tag left to apply.
    expect([doc.width, doc.height]).toEqual([300, 600])
    const onDisk = readFileSync(`${cms.dir}/media/${doc.filename}`)
    const served = await fetchFile(doc.filename, staff.editor.token)
    expect(served.status).toBe(200)
    for (const bytes of [onDisk, served.bytes]) {
      const meta = await sharp(bytes).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
      expect(meta.orientation).toBeUndefined()
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 300, 600])
      expect(meta.icc).toEqual(before.icc)
      const text = bytes.toString('latin1')
      for (const secret of ['CanonSecret', 'EOS-Spy-5D', 'PhoneCam', 'GPS'])
        expect(text).not.toContain(secret)
    }
  })

  test('PNG and WebP originals lose their metadata too', async () => {
    for (const format of ['png', 'webp'] as const) {
      const bytes = await sharp({
        create: { width: 200, height: 100, channels: 3, background: '#a30' },
      })
        .withExif({ IFD0: { Make: 'CanonSecret', Model: 'EOS-Spy-5D' } })
        .toFormat(format)
        .toBuffer()
      expect((await sharp(bytes).metadata()).exif, format).toBeDefined()
      const doc = await upload(bytes, `anh-${format}.${format}`, `image/${format}`)
      const onDisk = readFileSync(`${cms.dir}/media/${doc.filename}`)
      expect((await sharp(onDisk).metadata()).exif, format).toBeUndefined()
      expect(onDisk.toString('latin1'), format).not.toContain('CanonSecret')
    }
  })

  test('a JPEG that is also an HTML page is stored and served without the HTML', async () => {
    const polyglot = await polyglotJpeg()
    expect(polyglot.toString('latin1')).toContain('<script>')
    expect((await sharp(polyglot).metadata()).format).toBe('jpeg')
    const doc = await upload(polyglot, 'trang.jpg')
    expect(readFileSync(`${cms.dir}/media/${doc.filename}`).toString('latin1')).not.toContain(
      '<script',
    )
    const served = await fetchFile(doc.filename, staff.editor.token)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(served.bytes.toString('latin1')).not.toContain('<script')
  })
})

type Ref = { id: number; filename: string; sizes: Record<string, { filename: string }> }

describe('media: public visibility follows the articles that are public now', () => {
  const images: Record<string, Ref> = {}
  const article = (
    title: string,
    fields: Record<string, unknown>,
    status: 'published' | 'draft' = 'published',
  ) =>
    cms.payload.create({
      collection: 'articles',
      data: {
        title,
        lead: 'Sapo',
        authors: [basics.author.id],
        category: basics.category.id,
        ...fields,
        _status: status,
      },
    })

  beforeAll(async () => {
    for (const name of ['hero', 'social', 'body', 'shared', 'unused', 'newHero', 'draftHero']) {
      images[name] = await upload(await makeJpeg(), `${name.toLowerCase()}.jpg`)
    }
  })

  /** What an anonymous visitor can reach of an image: by id, in the list, its original and a variant. */
  async function anonymousView(ref: Ref) {
    const byId = (await rest('GET', `/media/${ref.id}`)).status
    const list = await rest('GET', `/media?limit=100&where[id][equals]=${ref.id}`)
    const file = (await fetchFile(ref.filename)).status
    const variant = (await fetchFile(ref.sizes.w480_webp.filename)).status
    return { byId, listed: list.json.docs.length, file, variant }
  }
  const PUBLIC = { byId: 200, listed: 1, file: 200, variant: 200 }
  const expectPublic = async (name: string) =>
    expect(await anonymousView(images[name]), name).toEqual(PUBLIC)
  async function expectPrivate(name: string) {
    const view = await anonymousView(images[name])
    expect(view.byId, name).toBe(404)
    expect(view.listed, name).toBe(0)
    expect([403, 404], `${name} original`).toContain(view.file)
    expect([403, 404], `${name} variant`).toContain(view.variant)
    // Staff still see it.
    expect((await fetchFile(images[name].filename, staff.reporter.token)).status, name).toBe(200)
  }

  let live: { id: number }
  let other: { id: number }

  test('hero, social and body images of a published article are public; an unused image is not', async () => {
    await expectPrivate('unused')
    await expectPrivate('hero')
    live = await article('Bài có ba ảnh', {
      heroImage: images.hero.id,
      seo: { image: images.social.id },
      body: richText(paragraph('Mở đầu'), uploadNode(images.body.id), uploadNode(images.shared.id)),
    })
    other = await article('Bài dùng chung ảnh', { body: richText(uploadNode(images.shared.id)) })
    for (const name of ['hero', 'social', 'body', 'shared']) await expectPublic(name)
    await expectPrivate('unused')
  })

  test('unpublishing hides the images no other public article shows', async () => {
    await cms.payload.update({ collection: 'articles', id: live.id, data: { _status: 'draft' } })
    for (const name of ['hero', 'social', 'body']) await expectPrivate(name)
    await expectPublic('shared')
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: { _status: 'published' },
    })
    for (const name of ['hero', 'social', 'body']) await expectPublic(name)
  })

  test('trashing hides them, restoring shows them again', async () => {
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: { deletedAt: new Date().toISOString() },
    })
    for (const name of ['hero', 'social', 'body']) await expectPrivate(name)
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      trash: true,
      data: { deletedAt: null },
    })
    for (const name of ['hero', 'social', 'body']) await expectPublic(name)
  })

  test('an image the published version stops using is hidden; one only a draft uses stays hidden', async () => {
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: {
        heroImage: images.newHero.id,
        body: richText(paragraph('Bỏ ảnh trong bài')),
        _status: 'published',
      },
    })
    await expectPublic('newHero')
    await expectPrivate('hero')
    await expectPrivate('body')
    await expectPublic('social')
    // A draft over the live article: the public page still shows the live hero.
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      draft: true,
      data: { heroImage: images.draftHero.id },
    })
    await expectPrivate('draftHero')
    await expectPublic('newHero')
  })

  test('deleting the last public article that shows an image hides it', async () => {
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: { deletedAt: new Date().toISOString() },
    })
    await expectPublic('shared')
    await cms.payload.delete({ collection: 'articles', id: other.id })
    await expectPrivate('shared')
  })
})
