import type { Article, Author, Category, Media } from '@bantin/content-types'
import type { Redirect } from '@bantin/content-types/legacy-url'

import type { ArticleFiles, BuildProblem, ReportProblem } from './build-report'
import { knowArticleDigest } from './cache-key'
import { formatVietnamDateTime } from './dates'
import { pictureFiles, socialImageOf } from './images'
import { collectMonths, collectTags, groupBy, type Month, sortNewestFirst, type Tag } from './news'
import { renderRichText, type RichTextOptions } from './rich-text/render-rich-text'
import { type SearchRecord, toSearchRecord } from './search-records'
import { legacyRedirects } from './redirects'
import { hasPath, sitePaths } from './site-paths'
import { articlePath } from './urls'

export interface SiteContent {
  articles: Article[]
  categories: Category[]
  authors: Author[]
  byCategory: Map<Category['id'], Article[]>
  byAuthor: Map<Author['id'], Article[]>
  tags: Tag[]
  months: Month[]
  /** Body HTML by article id, rendered once here so a failure leaves out one article, not the build. */
  bodies: Map<Article['id'], string>
}

export interface ContentSources {
  articles: Article[]
  categories: Category[]
  authors: Author[]
  /** The content store's digest of each article as stored, by id: keys the render cache. */
  digests?: Map<string, string>
  /** Pages of notices, documents and the schedule (lib/content-type-paths.ts): body links may point there. */
  otherPaths?: string[]
}

export interface ContentOptions {
  report: ReportProblem
  /** Brings image files into the build's cache; resolves to the names the CMS cannot deliver. */
  fetchMedia: (names: string[]) => Promise<Set<string>>
  /** The body renderer (lib/rich-text); replaceable so a test can make one article fail. */
  renderBody?: (article: Article, options: RichTextOptions) => string
  /** What the previous build of this process rendered (BuiltContent.cache), reused when still true. */
  cache?: RenderCache
}

/** Rendered articles by stored digest, section and bylines: a warm builder renders only what changed. */
export type RenderCache = Map<string, Rendered>

export interface BuiltContent {
  content: SiteContent
  /** Image files the pages use. */
  media: Set<string>
  /** Per article id, the release files that exist only because of it. */
  pages: Map<string, Pick<ArticleFiles, 'files'>>
  /** What the search index holds, one record per published article, newest first. */
  searchRecords: SearchRecord[]
  /** This build's renders, for the next build in the same process. */
  cache: RenderCache
  /** Old addresses of the published articles and their pages, sorted by old address. */
  redirects: Redirect[]
}

const quoted = (article: Article) => `«${article.title}»`

function problem(
  article: Article,
  fields: Omit<BuildProblem, 'collection' | 'id' | 'title'>,
): BuildProblem {
  return { collection: 'articles', id: String(article.id), title: article.title, ...fields }
}

// Kept while the module lives: the prerender bundle is one module from build to build while the
// site's code is unchanged (a code change starts a new, empty one).
const reconciled = new WeakMap<Article, Article>()

const sameItems = <T>(a: T[], b: T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i])

/**
 * The stored copy of a section or byline inside an article is the one the CMS sent when the
 * article was last fetched; the section itself may have been deleted or renamed since. Pages are
 * built from the collections, so an article points only at sections and bylines that have pages.
 */
function reconcile(
  article: Article,
  categories: Map<string, Category>,
  authors: Map<string, Author>,
  report: ReportProblem,
): Article {
  const { category, authors: bylines } = currentRefs(article, categories, authors, report)
  // The same stored article with the same section and bylines is the same object as last build:
  // what is worked out per article (lib/news.ts, lib/cache-key.ts) is then worked out once.
  const known = reconciled.get(article)
  if (known && known.category === category && sameItems(known.authors, bylines)) return known
  const current = { ...article, category, authors: bylines }
  reconciled.set(article, current)
  return current
}

/** The article's section and bylines as the collections have them now; each one gone is reported. */
function currentRefs(
  article: Article,
  categories: Map<string, Category>,
  authors: Map<string, Author>,
  report: ReportProblem,
) {
  let category = article.category
  if (category) {
    category = categories.get(String(category.id)) ?? null
    if (!category) {
      report(
        problem(article, {
          kind: 'schema',
          action: 'fixed-up',
          message:
            `Bài ${quoted(article)}: chuyên mục «${article.category!.name}» không còn trên trang web (đã bị xóa hoặc có lỗi), ` +
            'nên bài được đăng không thuộc chuyên mục nào. Hãy chọn lại chuyên mục cho bài.',
          detail: `article ${article.id}: category ${article.category!.id} is not among the published categories`,
        }),
      )
    }
  }
  const bylines = article.authors.flatMap((author) => {
    const current = authors.get(String(author.id))
    if (!current) {
      report(
        problem(article, {
          kind: 'schema',
          action: 'fixed-up',
          message:
            `Bài ${quoted(article)}: tác giả «${author.byline}» không còn trên trang web (đã bị xóa hoặc có lỗi), ` +
            'nên không được ghi tên dưới bài. Hãy chọn lại tác giả cho bài.',
          detail: `article ${article.id}: author ${author.id} is not among the published authors`,
        }),
      )
    }
    return current ? [current] : []
  })
  return { category, authors: bylines }
}

/** Two articles with one slug would write one page: the one published first keeps it. */
function oneArticlePerSlug(articles: Article[], report: ReportProblem): Article[] {
  const bySlug = groupBy(articles, (a) => [a.slug])
  const kept: Article[] = []
  for (const group of bySlug.values()) {
    if (group.length === 1) {
      kept.push(group[0]!)
      continue
    }
    const [first, ...others] = [...group].sort(
      (a, b) =>
        a.publishedAt.localeCompare(b.publishedAt) ||
        String(a.id).localeCompare(String(b.id), 'en', { numeric: true }),
    )
    kept.push(first!)
    for (const other of others) {
      report(
        problem(other, {
          kind: 'schema',
          action: 'left-out',
          message:
            `Bài ${quoted(other)} trùng đường dẫn ${articlePath(other.slug)} với bài ${quoted(first!)} đã đăng trước, ` +
            'nên chưa lên trang web. Hãy đổi đường dẫn (slug) của bài rồi lưu lại.',
          detail: `article ${other.id} has the slug "${other.slug}" of article ${first!.id}, published earlier`,
        }),
      )
    }
  }
  return kept
}

type UploadNode = { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown }

/** Populated images in a body (upload nodes), walked with a stack. */
function bodyImages(article: Article): Media[] {
  const found: Media[] = []
  const stack: unknown[] = [article.body?.root]
  while (stack.length) {
    const node = stack.pop() as UploadNode | undefined
    if (!node || typeof node !== 'object') continue
    if (
      node.type === 'upload' &&
      node.relationTo === 'media' &&
      node.value &&
      typeof node.value === 'object'
    ) {
      found.push(node.value as Media)
    }
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return found
}

const filesOf = new WeakMap<Article, string[]>()

/** Every image file the article's page, its cards and its social card point at. */
function articleMediaFiles(article: Article): string[] {
  let files = filesOf.get(article)
  if (!files) filesOf.set(article, (files = listMediaFiles(article)))
  return files
}

function listMediaFiles(article: Article): string[] {
  const social = article.seo?.image ?? article.heroImage
  const socialFile = social ? socialImageOf(social)?.filename : undefined
  return [
    ...(article.heroImage ? pictureFiles(article.heroImage) : []),
    ...bodyImages(article).flatMap(pictureFiles),
    ...(socialFile ? [socialFile] : []),
  ]
}

/** The body without the upload nodes showing `drop` (copied along the way; the tree is bounded). */
function withoutUploads(node: unknown, drop: (media: Media) => boolean): unknown {
  if (!node || typeof node !== 'object') return node
  const n = node as UploadNode
  if (!Array.isArray(n.children)) return node
  const children = n.children
    .filter((child) => {
      const c = child as UploadNode | null
      return !(
        c?.type === 'upload' &&
        c.value &&
        typeof c.value === 'object' &&
        drop(c.value as Media)
      )
    })
    .map((child) => withoutUploads(child, drop))
  return { ...n, children }
}

/** The article without the images whose files the CMS cannot deliver; each is reported. */
function withoutMissingImages(
  article: Article,
  missing: Set<string>,
  report: ReportProblem,
): Article {
  const lacks = (media: Media | null | undefined, files: string[]) =>
    !!media && files.some((f) => missing.has(f))
  const dropped: Media[] = []
  const keep = <T extends Media | null | undefined>(media: T, files: string[]): T | null => {
    if (!lacks(media, files)) return media
    dropped.push(media!)
    return null
  }
  const heroImage = article.heroImage
    ? keep(article.heroImage, [
        ...pictureFiles(article.heroImage),
        socialImageOf(article.heroImage)?.filename ?? '',
      ])
    : article.heroImage
  const seoImage = article.seo?.image
    ? keep(article.seo.image, [socialImageOf(article.seo.image)?.filename ?? ''])
    : undefined
  const bodyDrop = (media: Media) => {
    if (!lacks(media, pictureFiles(media))) return false
    dropped.push(media)
    return true
  }
  const body =
    article.body && bodyImages(article).some((m) => lacks(m, pictureFiles(m)))
      ? {
          ...article.body,
          root: withoutUploads(article.body.root, bodyDrop) as typeof article.body.root,
        }
      : article.body
  if (!dropped.length) return article
  for (const media of new Map(dropped.map((m) => [m.id, m])).values()) {
    const files = [...pictureFiles(media), socialImageOf(media)?.filename ?? ''].filter((f) =>
      missing.has(f),
    )
    report(
      problem(article, {
        kind: 'media',
        action: 'fixed-up',
        message:
          `Bài ${quoted(article)}: ảnh «${media.caption || media.filename || media.id}» (tệp ${media.filename ?? files[0]}) ` +
          'không tải được từ kho ảnh của CMS, nên bài được đăng không có ảnh này. Hãy tải ảnh lên lại rồi chọn lại trong bài.',
        detail: `article ${article.id}: media ${media.id} files not delivered by the CMS (404): ${files.join(', ')}`,
      }),
    )
  }
  return {
    ...article,
    heroImage,
    body,
    seo: article.seo
      ? { ...article.seo, image: article.seo.image ? seoImage : article.seo.image }
      : article.seo,
  }
}

const renderKeys = new WeakMap<Article, string>()

/** The stored version's digest, with the section and bylines it is rendered with. */
function renderKey(article: Article, digest: string): string {
  let key = renderKeys.get(article)
  if (!key?.startsWith(digest))
    renderKeys.set(
      article,
      (key = `${digest}\n${JSON.stringify([article.category, article.authors])}`),
    )
  return key
}

export interface Rendered {
  html: string
  /** Site paths the body links to, and whether each existed: rendered again when one changes. */
  asked: Map<string, boolean>
  missing: BuildProblem[]
  record: SearchRecord
}

function renderArticle(
  article: Article,
  paths: Set<string>,
  renderBody: NonNullable<ContentOptions['renderBody']>,
): Rendered {
  const asked = new Map<string, boolean>()
  const missing: BuildProblem[] = []
  const html = renderBody(article, {
    pageExists: (path) => {
      const exists = hasPath(paths, path)
      asked.set(path, exists)
      return exists
    },
    missingLink: (href, text) =>
      missing.push(
        problem(article, {
          kind: 'link',
          action: 'fixed-up',
          message:
            `Bài ${quoted(article)} có liên kết tới trang không tồn tại: ${href}. Liên kết đã được bỏ` +
            `${text ? ` (giữ lại chữ «${text.length > 60 ? `${text.slice(0, 57)}…` : text}»)` : ''}; ` +
            'hãy sửa lại trong nội dung.',
          detail: `article ${article.id}: body links to ${href}, which this build does not write; printed as text`,
        }),
      ),
  })
  // What the other pages compute from the article must work too, or its cards and feeds fail.
  const record = toSearchRecord(article)
  formatVietnamDateTime(article.publishedAt)
  return { html, asked, missing, record }
}

/**
 * Turns the stored collections into what the pages show, one article at a time: an article that
 * cannot be shown as it is is repaired (a deleted section, a missing image, a link to a missing
 * page) or left out, and reported; it never stops the others.
 */
export async function buildSiteContent(
  sources: ContentSources,
  options: ContentOptions,
): Promise<BuiltContent> {
  const { report } = options
  const renderBody = options.renderBody ?? ((article, opts) => renderRichText(article.body, opts))
  const categories = [...sources.categories].sort(
    (a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name, 'vi'),
  )
  const authors = sources.authors
  const categoryById = new Map(categories.map((c) => [String(c.id), c]))
  const authorById = new Map(authors.map((a) => [String(a.id), a]))

  let articles = sources.articles.map((article) =>
    reconcile(article, categoryById, authorById, report),
  )
  articles = oneArticlePerSlug(articles, report)

  // Images first: a page must not point at a file the CMS cannot deliver. Dropping an image can
  // make a page use another (the hero becomes the social card), so ask until nothing is missing.
  const missing = new Set<string>()
  let trial = articles
  for (let round = 0; round < 5; round++) {
    const lacking = await options.fetchMedia([...new Set(trial.flatMap(articleMediaFiles))])
    if (!lacking.size) break
    for (const file of lacking) missing.add(file)
    trial = trial.map((article) => withoutMissingImages(article, missing, () => {}))
  }
  const asStored = new Set(articles)
  if (missing.size)
    articles = articles.map((article) => withoutMissingImages(article, missing, report))
  // An article is rendered from its stored version, its section and its bylines: with the same
  // three, the previous build's render holds while the pages it links to still (don't) exist.
  const keys = new Map<Article['id'], string>()
  for (const article of articles) {
    const digest = sources.digests?.get(String(article.id))
    if (digest && asStored.has(article)) keys.set(article.id, renderKey(article, digest))
  }
  const stillTrue = (r: Rendered, paths: Set<string>) =>
    [...r.asked].every(([path, was]) => hasPath(paths, path) === was)
  const media = new Set(articles.flatMap(articleMediaFiles))

  // Bodies, with links checked against the pages this build writes. An article whose body throws
  // is left out; its page (and tags or months only it had) then no longer exist, so bodies linking
  // there are rendered again, until a pass leaves nothing more out.
  const rendered = new Map<Article['id'], Rendered>()
  let paths = sitePaths(articles, categories, authors, media, sources.otherPaths)
  for (let pass = 0, failed = true; failed; pass++) {
    failed = false
    for (const article of articles) {
      const previous =
        rendered.get(article.id) ??
        (pass === 0 ? options.cache?.get(keys.get(article.id) ?? '') : undefined)
      if (previous && stillTrue(previous, paths)) {
        rendered.set(article.id, previous)
        continue
      }
      try {
        rendered.set(article.id, renderArticle(article, paths, renderBody))
      } catch (error) {
        failed = true
        rendered.delete(article.id)
        report(
          problem(article, {
            kind: 'render',
            action: 'left-out',
            message:
              `Bài ${quoted(article)} không dựng được thành trang nên chưa lên trang web (các bài khác vẫn đăng bình thường). ` +
              'Hãy mở bài, kiểm tra phần nội dung (bảng, trích dẫn lồng nhau, liên kết, ảnh) rồi lưu lại; ' +
              'nếu vẫn lỗi, hãy báo bộ phận kỹ thuật.',
            detail: `article ${article.id} (slug ${article.slug}) failed to render: ${(error as Error)?.stack ?? String(error)}`,
          }),
        )
      }
    }
    if (failed) {
      articles = articles.filter((a) => rendered.has(a.id))
      paths = sitePaths(articles, categories, authors, media, sources.otherPaths)
    }
  }
  for (const { missing: links } of rendered.values()) for (const link of links) report(link)

  const newestFirst = sortNewestFirst(articles)
  for (const article of newestFirst) {
    const key = keys.get(article.id)
    if (key) knowArticleDigest(article, key)
  }
  const usedBy = new Map<string, Set<Article['id']>>()
  for (const article of newestFirst) {
    for (const file of articleMediaFiles(article)) {
      if (!usedBy.has(file)) usedBy.set(file, new Set())
      usedBy.get(file)!.add(article.id)
    }
  }
  const pages = new Map<string, Pick<ArticleFiles, 'files'>>()
  for (const article of newestFirst) {
    // A takedown removes the page and the images no other article shows.
    const own = [...new Set(articleMediaFiles(article))].filter(
      (file) => usedBy.get(file)!.size === 1,
    )
    pages.set(String(article.id), {
      files: [
        `${articlePath(article.slug).slice(1)}index.html`,
        ...own.map((file) => `media/${file}`),
      ],
    })
  }
  return {
    content: {
      articles: newestFirst,
      categories,
      authors,
      byCategory: groupBy(newestFirst, (a) => (a.category ? [a.category.id] : [])),
      byAuthor: groupBy(newestFirst, (a) => a.authors.map((author) => author.id)),
      tags: collectTags(newestFirst),
      months: collectMonths(newestFirst),
      bodies: new Map([...rendered].map(([id, r]) => [id, r.html])),
    },
    media,
    pages,
    searchRecords: newestFirst.map((article) => rendered.get(article.id)!.record),
    cache: new Map(
      newestFirst.flatMap((a) => (keys.has(a.id) ? [[keys.get(a.id)!, rendered.get(a.id)!]] : [])),
    ),
    redirects: legacyRedirects(newestFirst, paths, report),
  }
}
