import { z } from 'zod'

import { authorSchema } from './author'
import { categorySchema } from './category'
import { DROP, repaired, tolerate, withFixUps } from './fix-ups'
import { mediaSchema } from './media'
import { SLUG_PATTERN } from './slugify'

/**
 * Deepest Lexical nesting the site keeps as structure. Real articles nest a few levels (a list in
 * a quote); deeper trees are flattened to their text, because serialising a tree a thousand levels
 * deep overflows the stack (Astro's content store, JSON.stringify) and takes the whole build down.
 */
export const MAX_RICH_TEXT_DEPTH = 32

type LexicalNode = { type?: unknown; text?: unknown; children?: unknown }

/** The text under a node, in reading order, walked with a stack so no depth can overflow it. */
export function textOfTree(node: unknown): string {
  const parts: string[] = []
  const stack: unknown[] = [node]
  while (stack.length) {
    const current = stack.pop()
    if (!current || typeof current !== 'object') continue
    const n = current as LexicalNode
    if (typeof n.text === 'string') parts.push(n.text)
    if (Array.isArray(n.children))
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

/** Copies `node`, turning every subtree below `MAX_RICH_TEXT_DEPTH` into one text node. */
function flatten(node: unknown, depth: number, flattened: { count: number }): unknown {
  if (!node || typeof node !== 'object') return node
  const n = node as LexicalNode
  if (!Array.isArray(n.children)) return node
  if (depth >= MAX_RICH_TEXT_DEPTH) {
    flattened.count++
    return { type: 'text', version: 1, text: textOfTree(node), format: 0 }
  }
  return { ...n, children: n.children.map((child) => flatten(child, depth + 1, flattened)) }
}

/** How deep a tree goes, counting no further than `limit`. */
function depthOf(node: unknown, limit: number): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[node, 0]]
  while (stack.length) {
    const [current, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    if (deepest > limit) return deepest
    const children = (current as LexicalNode | null)?.children
    if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1])
  }
  return deepest
}

/** Lexical's serialized tree; the site's renderer checks each node it meets. */
export const richTextSchema = z
  .object({
    root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).passthrough(),
  })
  .transform((doc) => {
    if (depthOf(doc.root, MAX_RICH_TEXT_DEPTH) <= MAX_RICH_TEXT_DEPTH) return doc
    const flattened = { count: 0 }
    const root = flatten(doc.root, 0, flattened) as typeof doc.root
    return repaired(
      { ...doc, root },
      `Nội dung bài lồng nhau quá sâu (hơn ${MAX_RICH_TEXT_DEPTH} tầng trích dẫn/danh sách); phần sâu hơn được ` +
        'in thành chữ thường, mất định dạng. Hãy mở bài, bỏ bớt các tầng lồng nhau rồi lưu lại.',
      `rich text nested deeper than ${MAX_RICH_TEXT_DEPTH} levels: ${flattened.count} subtree(s) flattened to text`,
    )
  })
  .describe('Lexical rich text as stored by the CMS')

/** An ISO 8601 time the site can print and sort. */
export const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date')

const mediaOrNothing = (what: string) =>
  tolerate(
    mediaSchema.nullable().optional(),
    null,
    `${what} của bài không còn trong thư viện ảnh hoặc chưa được công khai, nên bài được đăng không có ảnh này. ` +
      'Hãy chọn lại ảnh (hoặc bỏ chọn) rồi lưu bài.',
  )

export const articleSchema = withFixUps(
  z
    .object({
      id: z.union([z.number(), z.string()]).describe('Article id'),
      title: z.string().trim().min(1).describe('Headline'),
      slug: z.string().regex(SLUG_PATTERN).describe('URL segment of /tin-tuc/<slug>/'),
      lead: z.string().describe('The sapo: plain-text lead paragraph printed in bold'),
      body: richTextSchema
        .nullable()
        .optional()
        .describe('Article body; images are upload nodes populated with media'),
      heroImage: mediaOrNothing('Ảnh đại diện').describe('Lead image, populated'),
      authors: tolerate(
        z.array(
          tolerate(
            authorSchema,
            DROP,
            'Một tác giả của bài không còn tồn tại (đã bị xóa) nên không được ghi tên dưới bài. ' +
              'Hãy chọn lại tác giả cho bài.',
          ),
        ),
        [],
        'Danh sách tác giả của bài không đọc được nên bài được đăng không ghi tác giả. Hãy chọn lại tác giả.',
      ).describe('Bylines, populated, in order'),
      category: tolerate(
        // Null (the section was deleted) is repaired to null too, but reported: the editor must choose one.
        categorySchema
          .nullable()
          .refine((category): boolean => category !== null, 'the article has no section'),
        null,
        'Chuyên mục của bài không còn tồn tại (đã bị xóa) nên bài được đăng không thuộc chuyên mục nào ' +
          '(không có trong trang chuyên mục). Hãy chọn lại chuyên mục cho bài.',
      ).describe('Section, populated; null when the section was deleted'),
      tags: z
        .array(z.string())
        .nullable()
        .optional()
        .describe('Free tags; the site makes their slugs'),
      publishedAt: tolerate(
        isoDate,
        null as unknown as string,
        'Bài không có ngày đăng (ô "Ngày đăng" bị xóa), nên trang giữ ngày đăng trước đó, hoặc lấy ngày sửa ' +
          'gần nhất cho bài mới. Hãy nhập lại ngày đăng.',
        { preferPrevious: true },
      ).describe('First publication time, ISO 8601 UTC'),
      updatedAt: isoDate.describe('Last change, ISO 8601 UTC'),
      source: z.string().nullable().optional().describe('Original source when republished'),
      seo: z
        .object({
          metaTitle: z.string().nullable().optional().describe('Title for search engines'),
          metaDescription: z
            .string()
            .nullable()
            .optional()
            .describe('Description for search engines'),
          image: mediaOrNothing('Ảnh chia sẻ mạng xã hội').describe('Image for social cards'),
        })
        .nullable()
        .optional()
        .describe('Search and social overrides'),
      legacyViews: z
        .number()
        .nullable()
        .optional()
        .describe('View count carried over from the old portal'),
      legacyUrl: z
        .string()
        .nullable()
        .optional()
        .describe(
          "The old portal's address of the article (a path or a full address): redirected to its page",
        ),
      isWarning: z
        .boolean()
        .nullable()
        .optional()
        .describe('A scam or crime warning (cảnh báo), shown on the home page'),
      warningUntil: isoDate
        .nullable()
        .optional()
        .describe('End of the warning: it leaves the home page strip then'),
      _status: z.literal('published').describe('The public API returns published articles only'),
    })
    .describe('A published article as the public REST API returns it at depth 1'),
).transform(({ publishedAt, ...article }) => ({
  ...article,
  // The date is needed to sort and print the article; a cleared one falls back (see fixUps).
  publishedAt: publishedAt ?? article.updatedAt,
}))

export type Article = Omit<z.output<typeof articleSchema>, 'fixUps'>
