import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithStaff,
  type TestCms,
  type RestClient,
  type Staff,
} from '../helpers/cms-with-staff'
import { makeJpeg } from '../helpers/content'

let cms: TestCms, rest: RestClient, staff: Staff

beforeAll(async () => {
  ;({ cms, rest, staff } = await startCmsWithStaff())
})
afterAll(async () => cms?.close())

function uploadForm(
  bytes: Uint8Array,
  name: string,
  type: string,
  fields: Record<string, unknown>,
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

const upload = (
  bytes: Uint8Array,
  name: string,
  type: string,
  fields: Record<string, unknown> = { caption: 'Chú thích' },
) =>
  rest('POST', '/media', { token: staff.editor.token, form: uploadForm(bytes, name, type, fields) })

const mediaCount = async () => (await cms.payload.count({ collection: 'media' })).totalDocs

describe('media: accepted uploads', () => {
  test('a JPEG with a caption gets every variant, alt from the caption and its credit', async () => {
    const res = await upload(await makeJpeg(1800, 1200), 'le-ky-niem.jpg', 'image/jpeg', {
      caption: 'Lễ kỷ niệm ngày truyền thống Công an nhân dân',
      credit: 'Ảnh: Thanh Hà',
    })
    expect(res.status).toBe(201)
    const doc = res.json.doc
    expect(doc.alt).toBe('Lễ kỷ niệm ngày truyền thống Công an nhân dân')
    expect(doc.credit).toBe('Ảnh: Thanh Hà')
    expect(doc.sizes.w800_webp).toMatchObject({ width: 800, height: 533, mimeType: 'image/webp' })
    expect(doc.sizes.w1600_avif).toMatchObject({ width: 1600, mimeType: 'image/avif' })
    expect(doc.sizes.social).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
    const variant = await sharp(`${cms.dir}/media/${doc.sizes.w480_avif.filename}`).metadata()
    expect([variant.format, variant.width]).toEqual(['heif', 480])
  })

  test('alt text is optional, as its hint says: emptied later, it is the caption again', async () => {
    const res = await upload(await makeJpeg(), 'khong-mo-ta.jpg', 'image/jpeg', {
      caption: 'Hội nghị tổng kết',
      alt: 'Toàn cảnh hội nghị',
    })
    expect(res.json.doc.alt).toBe('Toàn cảnh hội nghị')
    const emptied = await rest('PATCH', `/media/${res.json.doc.id}`, {
      token: staff.editor.token,
      json: { alt: '' },
    })
    expect(emptied.status, emptied.text).toBe(200)
    expect(emptied.json.doc.alt).toBe('Hội nghị tổng kết')
    const field = cms.payload.collections.media.config.fields.find(
      (f) => 'name' in f && f.name === 'alt',
    )
    expect((field as { required?: boolean }).required ?? false).toBe(false)
  })

  test('PNG, WebP and AVIF are accepted too', async () => {
    const base = sharp({ create: { width: 300, height: 200, channels: 3, background: '#c00' } })
    for (const [format, type] of [
      ['png', 'image/png'],
      ['webp', 'image/webp'],
      ['avif', 'image/avif'],
    ] as const) {
      const res = await upload(
        await base.clone().toFormat(format).toBuffer(),
        `anh.${format}`,
        type,
      )
      expect(res.status, format).toBe(201)
    }
  })
})

describe('media: file names', () => {
  const SAFE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+$/

  test('a phone or Windows file name is stored in a safe form, and so are its variants', async () => {
    const res = await upload(await makeJpeg(1000, 700), 'IMG_2024 (1).jpg', 'image/jpeg')
    expect(res.status).toBe(201)
    const doc = res.json.doc
    expect(doc.filename).toBe('img-2024-1.jpg')
    expect(doc.url).toMatch(/\/api\/media\/file\/img-2024-1\.jpg$/)
    expect(doc.sizes.w800_webp.filename).toBe('img-2024-1-800x560.webp')
    for (const size of Object.values(doc.sizes) as { filename: string | null }[]) {
      if (size.filename) expect(size.filename).toMatch(SAFE_NAME)
    }
    const variant = await sharp(`${cms.dir}/media/${doc.sizes.w800_webp.filename}`).metadata()
    expect([variant.format, variant.width]).toEqual(['webp', 800])
  })

  test('the same name uploaded twice gets two different safe names', async () => {
    const first = await upload(await makeJpeg(), 'Ảnh hiện trường #2?.JPG', 'image/jpeg')
    const second = await upload(await makeJpeg(), 'Ảnh hiện trường #2?.JPG', 'image/jpeg')
    expect(first.json.doc.filename).toBe('anh-hien-truong-2.jpg')
    expect(second.json.doc.filename).toMatch(SAFE_NAME)
    expect(second.json.doc.filename).not.toBe(first.json.doc.filename)
  })

  test('a name with no letter or digit, or no extension, still gets a usable name', async () => {
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#0a0' } })
      .png()
      .toBuffer()
    expect((await upload(png, '😀 100%.png', 'image/png')).json.doc.filename).toBe('100.png')
    // "anh.png" was uploaded above: Payload keeps names unique with a number.
    expect((await upload(png, '🎉🎉.png', 'image/png')).json.doc.filename).toMatch(/^anh-\d+\.png$/)
    expect((await upload(png, 'anh chup man hinh', 'image/png')).json.doc.filename).toBe(
      'anh-chup-man-hinh.png',
    )
  })

  test('right-to-left overrides and invisible characters never reach a stored name', async () => {
    const tricks = [
      'anh\u202Egpj.exe',
      '\u200Bảnh\u2066 bí\u2069 mật\u00AD.jpg',
      '\u061C\u200E\u200F\uFEFF.jpg',
    ]
    for (const name of tricks) {
      const res = await upload(await makeJpeg(), name, 'image/jpeg')
      expect(res.status, `${JSON.stringify(name)}: ${res.text}`).toBe(201)
      const doc = res.json.doc
      expect(doc.filename, JSON.stringify(name)).toMatch(SAFE_NAME)
      expect(doc.filename, JSON.stringify(name)).toMatch(/\.jpg$/)
    }
  })

  test('a dot file name becomes a visible name, and the extension follows the detected type', async () => {
    const dotFile = (await upload(await makeJpeg(), '.htaccess', 'image/jpeg')).json.doc
    expect(dotFile.filename).toBe('htaccess.jpg')
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#00a' } })
      .png()
      .toBuffer()
    for (const [name, bytes, type, expected] of [
      ['trang.html', await makeJpeg(), 'image/jpeg', 'trang.jpg'],
      ['chay.php', png, 'image/png', 'chay.png'],
      ['nham-duoi.png', await makeJpeg(), 'image/png', 'nham-duoi.jpg'],
      ['.JPG', await makeJpeg(), 'image/jpeg', /^jpg(-\d+)?\.jpg$/],
    ] as const) {
      const res = await upload(bytes, name, type)
      expect(res.status, name).toBe(201)
      expect(res.json.doc.filename, name).toMatch(
        typeof expected === 'string' ? new RegExp(`^${expected.replace('.', '\\.')}$`) : expected,
      )
      expect(
        readFileSync(`${cms.dir}/media/${res.json.doc.filename}`).length,
        name,
      ).toBeGreaterThan(0)
    }
  })

  test('captions lose invisible characters and a caption of only spaces is refused', async () => {
    const cleaned = await upload(await makeJpeg(), 'chu-thich.jpg', 'image/jpeg', {
      caption: '  Lễ\u200b ra quân\u0007 ',
    })
    expect(cleaned.json.doc.caption).toBe('Lễ ra quân')
    const before = await mediaCount()
    const blank = await upload(await makeJpeg(), 'trang.jpg', 'image/jpeg', { caption: ' \n ' })
    expect(blank.status).toBe(400)
    expect(JSON.stringify(blank.json.errors)).toContain('caption')
    expect(await mediaCount()).toBe(before)
  })
})

describe('media: refused uploads keep the library unchanged', () => {
  test('SVG is refused', async () => {
    const before = await mediaCount()
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const res = await upload(svg, 'logo.svg', 'image/svg+xml')
    expect(res.status).toBe(400)
    expect(await mediaCount()).toBe(before)
  })

  test('HTML renamed .jpg is refused', async () => {
    const before = await mediaCount()
    const html = new TextEncoder().encode(
      '<!doctype html><html><body><script>alert(1)</script></body></html>',
    )
    const res = await upload(html, 'anh-that.jpg', 'image/jpeg')
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/invalid|không|not allowed|type/i)
    expect(await mediaCount()).toBe(before)
  })

  test('a file over 20 MB is refused with the limit in the message', async () => {
    const before = await mediaCount()
    const big = new Uint8Array(21 * 1024 * 1024)
    big.set(await makeJpeg(10, 10))
    const res = await upload(big, 'qua-lon.jpg', 'image/jpeg')
    expect(res.status).toBe(413)
    expect(res.text).toContain('tối đa 20 MB')
    expect(await mediaCount()).toBe(before)
  })

  test('a picture over 50 megapixels is refused', async () => {
    const before = await mediaCount()
    const bomb = await sharp({
      create: { width: 10_000, height: 6_000, channels: 3, background: '#000' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer()
    const res = await upload(bomb, 'bom.png', 'image/png')
    expect(res.status).toBe(400)
    expect(res.text).toContain('tối đa 50 megapixel')
    expect(await mediaCount()).toBe(before)
  })

  test('an image without a caption is refused and names the caption field', async () => {
    const before = await mediaCount()
    const res = await upload(await makeJpeg(), 'khong-chu-thich.jpg', 'image/jpeg', {
      credit: 'Ảnh: BH',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json.errors)).toContain('caption')
    expect(await mediaCount()).toBe(before)
  })

  test('anonymous visitors cannot upload, change or delete an image', async () => {
    const form = uploadForm(await makeJpeg(), 'khach.jpg', 'image/jpeg', {
      caption: 'Ảnh của khách',
    })
    expect((await rest('POST', '/media', { form })).status).toBe(403)
    const [existing] = (await cms.payload.find({ collection: 'media', limit: 1 })).docs
    expect(
      (await rest('PATCH', `/media/${existing.id}`, { json: { caption: 'Khách sửa' } })).status,
    ).toBe(403)
    expect((await rest('DELETE', `/media/${existing.id}`)).status).toBe(403)
    expect((await cms.payload.findByID({ collection: 'media', id: existing.id })).caption).not.toBe(
      'Khách sửa',
    )
  })

  test('a reporter may upload but not change or delete an image', async () => {
    const form = uploadForm(await makeJpeg(), 'pv.jpg', 'image/jpeg', { caption: 'Ảnh phóng viên' })
    const created = await rest('POST', '/media', { token: staff.reporter.token, form })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const patch = await rest('PATCH', `/media/${id}`, {
      token: staff.reporter.token,
      json: { caption: 'Sửa' },
    })
    expect(patch.status).toBe(403)
    expect((await rest('DELETE', `/media/${id}`, { token: staff.reporter.token })).status).toBe(403)
    expect((await rest('DELETE', `/media/${id}`, { token: staff.editor.token })).status).toBe(200)
  })
})

describe('media: renaming', () => {
  test('an editor cannot give a stored image an unsafe file name through the API', async () => {
    const created = await upload(await makeJpeg(), 'doi-ten.jpg', 'image/jpeg')
    for (const filename of ['Tên Mới (2).jpg', '.htaccess', 'anh\u202Egpj.html']) {
      const res = await rest('PATCH', `/media/${created.json.doc.id}`, {
        token: staff.editor.token,
        json: { filename },
      })
      const stored = await cms.payload.findByID({ collection: 'media', id: created.json.doc.id })
      expect(stored.filename, filename).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.jpg$/)
      expect(res.status, filename).toBeLessThan(500)
    }
  })
})

describe('media: deleting an image live articles show', () => {
  test('refused while a published article uses it as hero or social image; allowed once the article is trashed', async () => {
    const category = await cms.payload.create({
      collection: 'categories',
      data: { name: 'Chuyên mục ảnh' },
    })
    const author = await cms.payload.create({
      collection: 'authors',
      data: { fullName: 'Võ Văn Ảnh', byline: 'VV Ảnh' },
    })
    const hero = (await upload(await makeJpeg(), 'anh-dai-dien.jpg', 'image/jpeg')).json.doc
    const social = (await upload(await makeJpeg(), 'anh-chia-se.jpg', 'image/jpeg')).json.doc
    const live = await cms.payload.create({
      collection: 'articles',
      data: {
        title: 'Bài có ảnh đại diện',
        lead: 'Sapo',
        category: category.id,
        authors: [author.id],
        heroImage: hero.id,
        seo: { image: social.id },
        _status: 'published',
      },
    })
    for (const id of [hero.id, social.id]) {
      const res = await rest('DELETE', `/media/${id}`, { token: staff.editor.token })
      expect(res.status).toBe(400)
      expect(res.text).toContain(
        'Không thể xóa ảnh này: 1 bài đang đăng trên trang công khai dùng ảnh này (“Bài có ảnh đại diện”)',
      )
    }
    expect(
      (await cms.payload.findByID({ collection: 'articles', id: live.id, depth: 0 })).heroImage,
    ).toBe(hero.id)
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: { deletedAt: new Date().toISOString() },
    })
    expect((await rest('DELETE', `/media/${hero.id}`, { token: staff.editor.token })).status).toBe(
      200,
    )
  })
})

describe("media: a wanted notice's photo needs no caption", () => {
  const reporterUpload = (bytes: Uint8Array, name: string, type: string, fields = {}) =>
    rest('POST', '/media', {
      token: staff.reporter.token,
      form: uploadForm(bytes, name, type, fields),
    })

  test('marked as a notice photo, an image uploads without a caption, resized and stripped like any other, and a notice can show it', async () => {
    const withGps = await sharp(await makeJpeg(1800, 1200))
      .withExif({ IFD0: { Make: 'CanonSecret' }, IFD3: { GPSLatitudeRef: 'N' } })
      .jpeg()
      .toBuffer()
    expect((await sharp(withGps).metadata()).exif!.toString('latin1')).toContain('CanonSecret')
    const res = await reporterUpload(withGps, 'doi-tuong.jpg', 'image/jpeg', { noticePhoto: true })
    expect(res.status, res.text).toBe(201)
    const doc = res.json.doc
    expect([doc.noticePhoto, doc.caption, doc.alt]).toEqual([true, '', ''])
    expect(doc.sizes.w800_webp).toMatchObject({ width: 800, height: 533, mimeType: 'image/webp' })
    expect(doc.sizes.social).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
    const onDisk = await sharp(`${cms.dir}/media/${doc.filename}`).metadata()
    expect([onDisk.format, onDisk.width, onDisk.exif]).toEqual(['jpeg', 1800, undefined])

    const notice = await cms.payload.create({
      collection: 'wanted-notices',
      data: {
        fullName: 'Trần Văn Ảnh',
        offence: 'Cướp tài sản',
        decisionNumber: '7/QĐ-CSHS',
        decisionDate: '2026-11-20T00:00:00.000Z',
        issuingUnit: 'Cơ quan CSĐT Công an tỉnh',
        status: 'wanted',
        photo: doc.id,
        _status: 'published',
      },
    })
    expect(notice.photo).toMatchObject({ id: doc.id, caption: '' })
    const shown = await cms.payload.findByID({ collection: 'media', id: doc.id })
    expect([shown.isPublic, shown.caption]).toEqual([true, ''])
    // Editing it later (a credit) keeps it valid without a caption.
    const edited = await rest('PATCH', `/media/${doc.id}`, {
      token: staff.editor.token,
      json: { credit: 'Ảnh: hồ sơ' },
    })
    expect(edited.status, edited.text).toBe(200)
    expect([edited.json.doc.caption, edited.json.doc.credit]).toEqual(['', 'Ảnh: hồ sơ'])
  })

  test('a notice photo is still only an image: HTML renamed .jpg and SVG are refused', async () => {
    const before = await mediaCount()
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>')
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>')
    for (const [bytes, name, type] of [
      [html, 'anh-that.jpg', 'image/jpeg'],
      [svg, 'anh.svg', 'image/svg+xml'],
    ] as const) {
      const res = await reporterUpload(bytes, name, type, { noticePhoto: true })
      expect(res.status, name).toBe(400)
    }
    expect(await mediaCount()).toBe(before)
  })

  test('without the mark a caption is still required, and the message says when it is not', async () => {
    const before = await mediaCount()
    const res = await reporterUpload(await makeJpeg(), 'bai-viet.jpg', 'image/jpeg', {
      noticePhoto: false,
    })
    expect(res.status).toBe(400)
    const errors = JSON.stringify(res.json.errors)
    expect(errors).toContain('caption')
    expect(errors).toContain('Ảnh đối tượng truy nã')
    expect(await mediaCount()).toBe(before)
  })
})
