import type { ParsedArticle } from './parse-legacy-article'

export interface ImportSummary {
  file: string
  title: string | null
  publishedAt: string | null
  lead: string | null
  author: string | null
  captions: { caption: string; credit: string | null }[]
  /** Body paragraphs; the lead is not counted (it is never among the blocks). */
  paragraphs: number
  legacyViews: number | null
  /** The page's old address, when the export printed it; the site redirects it to the article. */
  legacyUrl: string | null
  warnings: string[]
}

/** The shape printed by `--json`: what an editor needs to check before the import is written. */
export function toImportSummary(a: ParsedArticle): ImportSummary {
  return {
    file: a.file,
    title: a.title,
    publishedAt: a.publishedAt,
    lead: a.lead,
    author: a.author,
    captions: a.blocks.flatMap((b) =>
      b.type === 'caption' ? [{ caption: b.caption, credit: b.credit }] : [],
    ),
    paragraphs: a.blocks.filter((b) => b.type === 'paragraph').length,
    legacyViews: a.legacyViews,
    legacyUrl: a.legacyUrl,
    warnings: [...a.warnings],
  }
}
