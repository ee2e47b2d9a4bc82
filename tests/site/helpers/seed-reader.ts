import type { Payload } from 'payload'

import { paragraph, richText } from '../../helpers/content'
import type { SeededNews } from './seed-news'

/** Sections with the long names a provincial police site really has: seven in the menu in all. */
export const LONG_SECTIONS = [
  ['Phòng chống tội phạm ma túy', 'phong-chong-ma-tuy'],
  ['Xây dựng lực lượng Công an nhân dân', 'xay-dung-luc-luong'],
  ['Phòng cháy chữa cháy và cứu nạn cứu hộ', 'phong-chay-chua-chay'],
  ['Cải cách hành chính', 'cai-cach-hanh-chinh'],
  ['Gương người tốt việc tốt', 'guong-nguoi-tot'],
] as const

export const SCAM_TITLE = 'Cảnh giác thủ đoạn lừa đảo chiếm đoạt tài sản qua mạng'
export const WANTED_TITLE = 'Thông báo truy nã đối tượng giết người'
/** Match "lua dao" only once the marks are gone: "lựa chọn" and "lãnh đạo". */
export const LEADERS_TITLES = [
  'Lãnh đạo Công an tỉnh lựa chọn mô hình hay',
  'Lãnh đạo tỉnh thăm hỏi cán bộ, lựa chọn cách làm mới',
]
/** Imported from the old site with a date only: stored as midnight in Vietnam. */
export const UNDATED_TITLE = 'Tin cũ nhập từ trang cũ không rõ giờ đăng'

/**
 * What a reader meets beyond seed-news: a menu of seven long section names, an article that says
 * "lừa đảo" next to two that only fold to it, a wanted notice, and an imported article whose
 * time of day is unknown.
 */
export async function seedReaderNews(payload: Payload, news: SeededNews) {
  const ctx = { context: { skipRebuild: true } }
  const publish = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'articles',
      data: { _status: 'published', authors: [news.huongDiu.id], ...data } as never,
      ...ctx,
    })
  let day = 1
  for (const [name, slug] of LONG_SECTIONS) {
    const section = await payload.create({
      collection: 'categories',
      data: { name, slug, order: 3 + day },
    })
    await publish({
      title: `Tin ${name.toLowerCase()} tháng bảy`,
      lead: `Tóm tắt tin ${name.toLowerCase()}.`,
      body: richText(paragraph(`Nội dung tin ${name.toLowerCase()}.`)),
      category: section.id,
      heroImage: news.bridge.id,
      publishedAt: new Date(Date.UTC(2023, 6, day++, 3, 15)).toISOString(),
    })
  }
  // Folded-only matches, newer than the exact one, so Pagefind alone would list them first.
  for (const [i, title] of LEADERS_TITLES.entries()) {
    await publish({
      title,
      lead: `Lãnh đạo đơn vị lựa chọn cách làm phù hợp với địa phương.`,
      body: richText(paragraph('Lãnh đạo lựa chọn cán bộ trẻ và trực tiếp chỉ đạo.')),
      category: news.security.id,
      publishedAt: new Date(Date.UTC(2023, 7, 10 + i, 2)).toISOString(),
    })
  }
  const scam = await publish({
    title: SCAM_TITLE,
    lead: 'Người dân cần cảnh giác với các cuộc gọi giả danh cơ quan chức năng.',
    body: richText(
      paragraph('Thời gian qua, nhiều người dân đã bị kẻ gian gọi điện giả danh cơ quan Công an.'),
      paragraph(
        'Các đối tượng lừa đảo yêu cầu chuyển tiền vào tài khoản để "xác minh". Công an tỉnh khuyến cáo người dân không làm theo.',
      ),
    ),
    category: news.security.id,
    tags: ['Cảnh báo'],
    publishedAt: '2023-08-01T02:00:00.000Z',
  })
  const wanted = await publish({
    title: WANTED_TITLE,
    lead: 'Cơ quan Cảnh sát điều tra ra quyết định truy nã đối với đối tượng bỏ trốn.',
    body: richText(
      paragraph('Ai phát hiện đối tượng truy nã đề nghị báo ngay cho cơ quan Công an gần nhất.'),
    ),
    category: news.security.id,
    publishedAt: '2023-08-05T02:00:00.000Z',
  })
  const undated = await publish({
    title: UNDATED_TITLE,
    lead: 'Bài viết được chuyển từ trang cũ, chỉ có ngày đăng.',
    body: richText(paragraph('Nội dung bài cũ.')),
    category: news.traffic.id,
    // 00:00 in Vietnam (UTC+7): the importer's value when the old site gave a date only.
    publishedAt: '2022-12-31T17:00:00.000Z',
  })
  return { scam, wanted, undated }
}
