import { articleSchema } from '@bantin/content-types'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createBasics, type LexicalNode, makeJpeg, paragraph, richText } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'

let cms: TestCms
let rest: ReturnType<typeof restClient>
const images: Array<number | string> = []

const imageNode = (id: number | string): LexicalNode => ({
  type: 'upload',
  version: 3,
  relationTo: 'media',
  value: id,
  fields: null,
  format: '',
})

/** Three published articles, each with a hero image and two images in its body. */
beforeAll(async () => {
  cms = await startTestCms()
  rest = restClient(cms.config)
  const { payload } = cms
  const { author, category, media } = await createBasics(payload)
  images.push(media.id)
  for (let i = 1; i <= 4; i++) {
    const image = await payload.create({
      collection: 'media',
      data: { caption: `Ảnh trong bài ${i}`, alt: `Ảnh trong bài ${i}`, placeholder: i === 1 },
      file: {
        data: await makeJpeg(900, 600),
        mimetype: 'image/jpeg',
        name: `anh-${i}.jpg`,
        size: 0,
      },
    })
    images.push(image.id)
  }
  for (let i = 0; i < 3; i++) {
    await payload.create({
      collection: 'articles',
      data: {
        title: `Bài có ảnh số ${i + 1}`,
        lead: 'Sapo của bài có ảnh',
        body: richText(
          paragraph('Mở đầu'),
          imageNode(images[i + 1]),
          paragraph('Giữa bài'),
          imageNode(images[i + 2]),
        ),
        heroImage: media.id,
        authors: [author.id],
        category: category.id,
        _status: 'published',
      },
    })
  }
})
afterAll(async () => cms?.close())

describe('anonymous article lists at depth 1 (what the site reads)', () => {
  test('every article parses with the site schema, images embedded with their variants', async () => {
    const res = await rest('GET', '/articles?limit=20&depth=1')
    expect(res.status).toBe(200)
    expect(res.json.docs).toHaveLength(3)
    for (const doc of res.json.docs) {
      const parsed = articleSchema.safeParse(doc)
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
      expect(doc.heroImage).toMatchObject({
        caption: 'Lực lượng Công an tuần tra đêm',
        alt: 'Lực lượng Công an tuần tra đêm',
        credit: 'Ảnh: Thanh Hà',
        width: 640,
        height: 400,
        placeholder: false,
        isPublic: true,
      })
      expect(doc.heroImage.url).toMatch(/\/api\/media\/file\/tuan-tra\.jpg$/)
      expect(doc.heroImage.sizes.w480_webp).toMatchObject({
        width: 480,
        height: 300,
        mimeType: 'image/webp',
      })
      expect(doc.heroImage.sizes.w480_webp.filename).toMatch(/\.webp$/)
      expect(doc.authors[0]).toMatchObject({
        fullName: 'Nguyễn Thị Hương Dịu',
        byline: 'Hương Dịu',
        unit: 'Phòng Tham mưu',
      })
      expect(doc.category).toMatchObject({ name: 'An ninh trật tự', slug: 'an-ninh-trat-tu' })
      const uploads = doc.body.root.children.filter((node: LexicalNode) => node.type === 'upload')
      const n = Number(/(\d+)$/.exec(doc.title)![1])
      expect(uploads.map((node: { value: { caption: string } }) => node.value.caption)).toEqual([
        `Ảnh trong bài ${n}`,
        `Ảnh trong bài ${n + 1}`,
      ])
      expect(uploads[0].value.sizes.w800_webp).toMatchObject({ width: 800, height: 533 })
    }
  })

  test('embedded images leave out the admin thumbnail, byte sizes and variant URLs (the site builds those from file names)', async () => {
    const res = await rest('GET', '/articles?limit=20&depth=1')
    const embedded = res.json.docs.flatMap(
      (doc: { heroImage: object; body: { root: { children: LexicalNode[] } } }) => [
        doc.heroImage,
        ...doc.body.root.children
          .filter((node) => node.type === 'upload')
          .map((node) => node.value),
      ],
    )
    expect(embedded).toHaveLength(9)
    for (const image of embedded) {
      expect(Object.keys(image)).not.toContain('thumbnailURL')
      expect(Object.keys(image)).not.toContain('filesize')
      expect(Object.keys(image.sizes.w480_webp).sort()).toEqual([
        'filename',
        'height',
        'mimeType',
        'width',
      ])
    }
  })

  test('the images of a whole page, heroes and bodies alike, are read with one query', async () => {
    const { db } = cms.payload
    const find = db.find.bind(db)
    const mediaQueries: unknown[] = []
    db.find = (args) => {
      if (args.collection === 'media') mediaQueries.push(args.where)
      return find(args)
    }
    try {
      const res = await rest('GET', '/articles?limit=20&depth=1')
      expect(res.json.docs).toHaveLength(3)
    } finally {
      db.find = find
    }
    expect(mediaQueries).toHaveLength(1)
  })
})
