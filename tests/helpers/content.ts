import type { Payload } from 'payload'
import sharp from 'sharp'

import { lexicalRoot, paragraphNode } from '../../content-types/lexical'

export async function makeJpeg(width = 640, height = 400): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } })
    .jpeg({ quality: 70 })
    .toBuffer()
}

/** A category, an author and an uploaded image: what every article needs. */
export async function createBasics(payload: Payload) {
  const category = await payload.create({
    collection: 'categories',
    data: { name: 'An ninh trật tự', slug: 'an-ninh-trat-tu' },
  })
  const author = await payload.create({
    collection: 'authors',
    data: { fullName: 'Nguyễn Thị Hương Dịu', byline: 'Hương Dịu', unit: 'Phòng Tham mưu' },
  })
  const media = await payload.create({
    collection: 'media',
    data: {
      caption: 'Lực lượng Công an tuần tra đêm',
      alt: 'Lực lượng Công an tuần tra đêm',
      credit: 'Ảnh: Thanh Hà',
    },
    file: { data: await makeJpeg(), mimetype: 'image/jpeg', name: 'tuan-tra.jpg', size: 0 },
  })
  return { category, author, media }
}

export interface LexicalNode {
  type: string
  version: number
  [key: string]: unknown
}

export const paragraph = (text: string): LexicalNode => paragraphNode(text)

export const richText = (...children: LexicalNode[]) => lexicalRoot(children)

export type Basics = Awaited<ReturnType<typeof createBasics>>

/** An article's REST body with all it needs to be published, written by `basics`' author. */
export const articleInput = (
  basics: Basics,
  title: string,
  extra: Record<string, unknown> = {},
) => ({
  title,
  lead: `Sapo của bài ${title}`,
  body: richText(paragraph(`Nội dung bài ${title}`)),
  authors: [basics.author.id],
  category: basics.category.id,
  ...extra,
})
