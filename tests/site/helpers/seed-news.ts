import { textNode } from '@bantin/content-types/lexical'
import type { Payload } from 'payload'

import { createBasics, makeJpeg, paragraph, richText } from '../../helpers/content'

export const CANARY_DRAFT = 'CANARY-DRAFT-4b1e9c'
export const CANARY_TRASHED = 'CANARY-TRASHED-77d0aa'
const FILLER_COUNT = 22

const upload = (id: number | string) => ({
  type: 'upload',
  relationTo: 'media',
  value: id,
  fields: null,
  format: '',
  version: 3,
})

function heading(value: string) {
  return {
    type: 'heading',
    tag: 'h2',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [textNode(value)],
  }
}

async function uploadImage(
  payload: Payload,
  name: string,
  caption: string,
  credit: string,
  width: number,
  height: number,
) {
  return payload.create({
    collection: 'media',
    data: { caption, alt: caption, credit },
    file: { data: await makeJpeg(width, height), mimetype: 'image/jpeg', name, size: 0 },
  })
}

/**
 * A small newsroom: two sections, two bylines, a lead story with a captioned photo, a hostile
 * article, enough filler to paginate a section, and unpublished canaries that must never leak.
 */
export async function seedNews(payload: Payload) {
  const { category: security, author: huongDiu, media: patrol } = await createBasics(payload)
  const traffic = await payload.create({
    collection: 'categories',
    data: { name: 'Giao thông', slug: 'giao-thong', order: 2 },
  })
  const minhKhoi = await payload.create({
    collection: 'authors',
    data: { fullName: 'Trần Minh Khôi', byline: 'Minh Khôi', unit: 'Phòng Cảnh sát giao thông' },
  })
  const bridge = await uploadImage(
    payload,
    'cau-vuot.jpg',
    'Cầu vượt nút giao phía Bắc thành phố',
    'Ảnh: Minh Khôi',
    1800,
    1000,
  )
  const secret = await uploadImage(
    payload,
    'canary-draft.jpg',
    `Ảnh nháp ${CANARY_DRAFT}`,
    'Ảnh: nháp',
    640,
    400,
  )
  const ctx = { context: { skipRebuild: true } }
  const publish = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'articles',
      data: { _status: 'published', ...data } as never,
      ...ctx,
    })

  const lead = await publish({
    title: 'Bảo vệ an ninh Tổ quốc trong tình hình mới',
    lead: 'Công an tỉnh triển khai đồng bộ các biện pháp giữ vững an ninh chính trị, trật tự an toàn xã hội.',
    body: richText(
      paragraph('Lực lượng Công an quyết tâm bảo vệ an ninh Tổ quốc, giữ bình yên cho nhân dân.'),
      upload(patrol.id),
      heading('Tuần tra ban đêm'),
      paragraph('Các tổ công tác tuần tra liên tục trên các tuyến phố.'),
    ),
    heroImage: bridge.id,
    authors: [huongDiu.id, minhKhoi.id],
    category: security.id,
    tags: ['An ninh', 'Tuần tra'],
    publishedAt: '2023-06-16T16:02:00.000Z',
  })
  const hostile = await publish({
    title: 'Cảnh báo thủ đoạn <script>alert("xss")</script> lừa đảo',
    lead: 'Kẻ gian giả danh công an <img src=x onerror=alert(1)> để lừa tiền.',
    body: richText({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      children: [
        {
          type: 'link',
          version: 3,
          fields: { linkType: 'custom', url: 'javascript:alert(1)', newTab: false },
          children: [textNode('Bấm vào đây')],
        },
        textNode(' <iframe src="https://evil.example"></iframe>'),
      ],
    }),
    authors: [minhKhoi.id],
    category: traffic.id,
    tags: ['Lừa đảo'],
    publishedAt: '2023-05-20T02:30:00.000Z',
  })
  const road = await publish({
    title: 'Xử lý nghiêm vi phạm nồng độ cồn',
    lead: 'Cảnh sát giao thông ra quân kiểm tra nồng độ cồn dịp cuối tuần.',
    body: richText(paragraph('Nhiều trường hợp vi phạm đã bị lập biên bản.')),
    heroImage: bridge.id,
    authors: [minhKhoi.id],
    category: traffic.id,
    tags: ['Giao thông', 'An ninh'],
    publishedAt: '2023-05-28T09:00:00.000Z',
  })
  for (let i = 1; i <= FILLER_COUNT; i++) {
    await publish({
      title: `Tin an ninh số ${i}`,
      lead: `Tóm tắt tin an ninh số ${i}.`,
      body: richText(paragraph(`Nội dung tin an ninh số ${i}.`)),
      authors: [huongDiu.id],
      category: security.id,
      publishedAt: new Date(Date.UTC(2023, 5, 1, 1, i)).toISOString(),
    })
  }
  await payload.create({
    collection: 'articles',
    data: {
      _status: 'draft',
      title: `Bản nháp ${CANARY_DRAFT}`,
      lead: CANARY_DRAFT,
      heroImage: secret.id,
      body: richText(paragraph(CANARY_DRAFT), upload(secret.id)),
      authors: [huongDiu.id],
      category: security.id,
    } as never,
    ...ctx,
  })
  const trashed = await publish({
    title: `Bài đã xóa ${CANARY_TRASHED}`,
    lead: CANARY_TRASHED,
    body: richText(paragraph(CANARY_TRASHED)),
    authors: [huongDiu.id],
    category: security.id,
    publishedAt: '2023-06-10T01:00:00.000Z',
  })
  await payload.update({
    collection: 'articles',
    id: trashed.id,
    data: { deletedAt: new Date().toISOString() } as never,
    ...ctx,
  })
  return {
    security,
    traffic,
    huongDiu,
    minhKhoi,
    patrol,
    bridge,
    secret,
    lead,
    hostile,
    road,
    trashed,
  }
}

export type SeededNews = Awaited<ReturnType<typeof seedNews>>
