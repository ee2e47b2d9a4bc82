import { type Article, articleSchema } from '@bantin/content-types'
import { textNode } from '@bantin/content-types/lexical'

import { RAW_JSON } from './fake-cms'

type Doc = Record<string, unknown> & { id: number | string; updatedAt: string; [RAW_JSON]?: string }

const T0 = '2024-03-01T00:00:00.000Z'
const at = (day: number, hour = 0) => new Date(Date.UTC(2024, 2, day, hour)).toISOString()

export const text = textNode
export const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  children,
})
export const richText = (...children: unknown[]) => ({
  root: { type: 'root', version: 1, format: '', indent: 0, children },
})
export const link = (url: string, words: string) => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(words)],
})

/** An image as the CMS sends it at depth 1, with the variants it makes at upload (names as on disk). */
export function image(id: number, base: string, caption: string) {
  const variant = (width: number, height: number, ext: string) => ({
    url: `/api/media/file/${encodeURIComponent(`${base}-${width}x${height}.${ext}`)}`,
    filename: `${base}-${width}x${height}.${ext}`,
    width,
    height,
    mimeType: `image/${ext === 'jpg' ? 'jpeg' : ext}`,
    filesize: 100,
  })
  return {
    id,
    caption,
    alt: caption,
    credit: 'Ảnh: Thanh Hà',
    url: `/api/media/file/${encodeURIComponent(`${base}.jpg`)}`,
    filename: `${base}.jpg`,
    mimeType: 'image/jpeg',
    width: 900,
    height: 600,
    updatedAt: T0,
    sizes: {
      w480_webp: variant(480, 320, 'webp'),
      w480_avif: variant(480, 320, 'avif'),
      w800_webp: variant(800, 533, 'webp'),
      w800_avif: variant(800, 533, 'avif'),
      social: variant(1200, 630, 'jpg'),
    },
  }
}

/** Every file name an image() has variants for (the original is never published). */
export const variantFiles = (media: ReturnType<typeof image>) =>
  Object.values(media.sizes).map((v) => v.filename)

export const security = {
  id: 1,
  name: 'An ninh trật tự',
  slug: 'an-ninh-trat-tu',
  order: 1,
  updatedAt: T0,
}
export const traffic = { id: 2, name: 'Giao thông', slug: 'giao-thong', order: 2, updatedAt: T0 }
/** A section deleted after articles embedding it were stored. */
export const deletedSection = {
  id: 9,
  name: 'Chuyên mục đã xóa',
  slug: 'chuyen-muc-da-xoa',
  order: 3,
  updatedAt: T0,
}
export const huongDiu = {
  id: 1,
  fullName: 'Nguyễn Thị Hương Dịu',
  byline: 'Hương Dịu',
  slug: 'huong-diu',
  updatedAt: T0,
}
export const minhKhoi = {
  id: 2,
  fullName: 'Trần Minh Khôi',
  byline: 'Minh Khôi',
  slug: 'minh-khoi',
  updatedAt: T0,
}

export const bridge = image(1, 'cau-vuot', 'Cầu vượt nút giao phía Bắc')
/** Phones and Windows name files like this. */
export const phonePhoto = image(2, 'IMG_2024 (1)', 'Hiện trường vụ tai nạn')
export const oddNames = image(3, 'Ảnh #2 giảm 50%', 'Tổ công tác làm nhiệm vụ')
/** Its files were deleted from the CMS's storage: every download answers 404. */
export const lostPhoto = image(4, 'anh-da-mat', 'Ảnh không còn trên máy chủ')

function article(
  id: number,
  title: string,
  slug: string,
  fields: Record<string, unknown> = {},
): Doc {
  return {
    id,
    title,
    slug,
    lead: `Sapo của bài ${title}.`,
    body: richText(paragraph(text(`Nội dung bài ${title}.`))),
    heroImage: null,
    authors: [huongDiu],
    category: security,
    tags: ['An ninh'],
    publishedAt: at(id),
    updatedAt: at(id, 1),
    source: null,
    seo: null,
    _status: 'published',
    ...fields,
  }
}

/** Lexical quotes nested `depth` deep around one sentence, as raw JSON (too deep to stringify). */
function deeplyNested(doc: Doc, depth: number, sentence: string): Doc {
  const inner = JSON.stringify(text(sentence))
  const open = '{"type":"quote","version":1,"children":['.repeat(depth)
  const body = `{"root":{"type":"root","version":1,"children":[${open}${inner}${']}'.repeat(depth)}]}}`
  const { body: _ignored, ...rest } = doc
  return { ...rest, [RAW_JSON]: `${JSON.stringify(rest).slice(0, -1)},"body":${body}}` }
}

export const DEEP_SENTENCE = 'Câu nằm sâu một vạn tầng trích dẫn'

/** A newsroom where every awkward case the CMS may send sits next to normal articles. */
export function awkwardArticles(): Doc[] {
  return [
    article(1, 'Bảo vệ an ninh Tổ quốc trong tình hình mới', 'bao-ve-an-ninh-to-quoc', {
      heroImage: bridge,
      authors: [huongDiu, minhKhoi],
      body: richText(
        paragraph(
          text('Lực lượng Công an quyết tâm giữ bình yên cho nhân dân. '),
          link('/chuyen-muc/giao-thong/', 'Tin giao thông'),
        ),
      ),
    }),
    article(2, '', 'bai-khong-tieu-de'),
    article(3, 'Tuần tra kiểm soát dịp lễ', 'tuan-tra-dip-le'),
    article(4, 'Bài có chuyên mục và tác giả đã xóa', 'bai-co-chuyen-muc-da-xoa', {
      category: null,
      authors: [99, huongDiu],
    }),
    article(5, 'Bài giữ bản sao chuyên mục cũ', 'bai-giu-chuyen-muc-cu', {
      category: deletedSection,
    }),
    article(6, 'Bài mới chưa có ngày đăng', 'bai-chua-co-ngay-dang', { publishedAt: null }),
    article(7, 'Bài sẽ bị xóa ngày đăng', 'bai-se-bi-xoa-ngay-dang'),
    deeplyNested(
      article(8, 'Bài lồng nhau rất sâu', 'bai-long-nhau-rat-sau'),
      10_000,
      DEEP_SENTENCE,
    ),
    article(9, 'Bài có liên kết hỏng', 'bai-co-lien-ket-hong', {
      body: richText(
        paragraph(
          text('Xem thêm '),
          link('/tin-tuc/khong-ton-tai/', 'bài cũ đã gỡ'),
          text(' và '),
          link('/chuyen-muc/an-ninh-trat-tu/', 'chuyên mục'),
        ),
      ),
    }),
    article(10, 'Bài nhắc tới đường dẫn ảnh', 'bai-nhac-duong-dan-anh', {
      lead: 'Ảnh gốc nằm ở /media/khong-co.jpg trên máy chủ cũ.',
      body: richText(paragraph(text('Đường dẫn /media/khong-co.jpg chỉ là chữ.'))),
    }),
    article(11, 'Bài có ảnh chụp bằng điện thoại', 'bai-co-anh-dien-thoai', {
      category: traffic,
      heroImage: phonePhoto,
      body: richText(paragraph(text('Ảnh hiện trường.')), {
        type: 'upload',
        relationTo: 'media',
        value: oddNames,
        version: 3,
      }),
    }),
    article(12, 'Bài có ảnh đã mất', 'bai-co-anh-da-mat', {
      category: traffic,
      heroImage: lostPhoto,
      body: richText(paragraph(text('Nội dung vẫn đăng dù ảnh mất.'))),
    }),
  ]
}

/** The second publish: a good article made bad, a date cleared, and one new normal article. */
export function secondPublish(articles: Doc[]): Doc[] {
  const edit = (id: number, fields: Record<string, unknown>) =>
    Object.assign(
      articles.find((a) => a.id === id)!,
      fields,
      { updatedAt: '2024-04-01T00:00:00.000Z' },
    )
  edit(3, { title: 'Tuần tra kiểm soát dịp lễ (sửa)', slug: 'Tuần tra dịp lễ!' })
  edit(7, { publishedAt: null })
  return [
    ...articles,
    article(13, 'Bài mới sau khi sửa', 'bai-moi-sau-khi-sua', {
      updatedAt: '2024-04-01T00:00:00.000Z',
    }),
  ]
}

/** A published article as the site's loader hands it on: `fields` over plain defaults. */
export const publishedArticle = (id: number, slug: string, fields: Record<string, unknown> = {}) =>
  articleSchema.parse({
    id,
    title: `Bài ${id}`,
    slug,
    lead: `Sapo ${id}`,
    body: richText(paragraph(text(`Nội dung ${id}`))),
    heroImage: null,
    authors: [huongDiu],
    category: security,
    tags: [],
    publishedAt: `2024-03-0${id}T00:00:00.000Z`,
    updatedAt: '2024-03-10T00:00:00.000Z',
    _status: 'published',
    ...fields,
  }) as Article

/** A published article as the CMS serves it at depth 1 (before the site's checks): `fields` over plain defaults. */
export const servedArticle = (id: number, slug: string, fields: Record<string, unknown> = {}) => ({
  id,
  title: `Bài số ${id}`,
  slug,
  lead: `Sapo bài số ${id}.`,
  body: richText(paragraph(text(`Nội dung bài số ${id}.`))),
  heroImage: null,
  authors: [huongDiu],
  category: security,
  tags: [],
  publishedAt: `2024-03-0${id}T00:00:00.000Z`,
  updatedAt: `2024-03-0${id}T01:00:00.000Z`,
  source: null,
  seo: null,
  legacyViews: null,
  legacyUrl: null,
  _status: 'published',
  ...fields,
})
