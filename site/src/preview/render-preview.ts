import { articleSchema, type Category, categorySchema } from '@bantin/content-types'
import { experimental_AstroContainer } from 'astro/container'

import ArticlePage from '../components/ArticlePage.astro'
import { renderRichText } from '../lib/rich-text/render-rich-text'
import { articlePath } from '../lib/urls'

export interface PreviewInput {
  /** The article as the CMS's REST API gives it at depth 1 (the draft the staff member sees). */
  article: Record<string, unknown>
  /** Every section, for the menu. */
  categories: unknown[]
  siteUrl: string
}

export type PreviewResult = { ok: true; html: string } | { ok: false; problems: string[] }

const byMenuOrder = (a: Category, b: Category) =>
  (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name, 'vi')

/**
 * The public article page for a draft, rendered by the site's own components (ArticlePage, the
 * same as pages/tin-tuc/[slug].astro) outside a build: nothing is written, so the draft never
 * reaches the site, its search index or its feeds. Run inside Vite (publisher/src/preview/).
 */
export async function renderArticlePreview(input: PreviewInput): Promise<PreviewResult> {
  // Read as it will be once published: the site's schema accepts published articles only.
  const parsed = articleSchema.safeParse({ ...input.article, _status: 'published' })
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    }
  const article = parsed.data
  const categories = input.categories
    .map((category) => categorySchema.safeParse(category))
    .flatMap((result) => (result.success ? [result.data] : []))
    .sort(byMenuOrder)
  const container = await experimental_AstroContainer.create({
    astroConfig: { site: input.siteUrl, trailingSlash: 'always' },
  })
  const html = await container.renderToString(ArticlePage, {
    props: {
      article,
      body: renderRichText(article.body),
      related: [],
      neighbours: {},
      categories,
      noindex: true,
    },
    request: new Request(new URL(articlePath(article.slug), input.siteUrl)),
    partial: false,
  })
  return { ok: true, html }
}
