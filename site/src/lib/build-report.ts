/**
 * What one site build tells the publisher besides its pages: the documents it could not build as
 * they are (`.build-problems.json`), the files each article owns (`.pages.json`, for takedowns)
 * and the image files the pages use. The loader, the pages and the integration each run in their
 * own module graph of the same process, so the report lives on globalThis; the integration starts
 * a fresh one before every build (the warm builder runs many builds in one process).
 */

import type {
  BuildProblem,
  DocumentFiles,
  SiteCollection,
} from '@bantin/content-types/build-problem'

import type { Redirect } from '@bantin/content-types/legacy-url'

import type { SearchRecord } from './search-records'

export type { BuildProblem }

export type ReportProblem = (problem: BuildProblem) => void

/** An article's entry in `.pages.json` (content-types/build-problem.ts, `pagesIndexSchema`). */
export type ArticleFiles = DocumentFiles

export interface BuildReport {
  /** The content store was brought in line with the CMS for this build (lib/content.ts). */
  synced: boolean
  /**
   * This build writes only the pages that differ from the live release, to be laid over it
   * (integration/render-only-changed.ts); false when it writes a whole site.
   */
  partial: boolean
  /** In a partial build, the release files of the pages it renders (`tin-tuc/x/index.html`). */
  rendered: Set<string>
  /** Where images are downloaded from, and kept between builds. */
  cmsUrl: string
  mediaCacheDir: string
  problems: BuildProblem[]
  /** Image file names (as stored by the CMS) the pages use. */
  media: Set<string>
  /** How many of them this build downloaded (the rest were in the cache). */
  downloaded: number
  /** Article id → its page files; `search` is filled in after indexing. */
  pages: Map<string, ArticleFiles>
  /** The same for the other collections with pages of their own (wanted notices), by collection. */
  otherPages: Map<Exclude<SiteCollection, 'articles'>, Map<string, Pick<ArticleFiles, 'files'>>>
  /** Article page URL → article id (`wanted-notices:<id>` for a notice), to map search fragments back. */
  articleUrls: Map<string, string>
  /** One per published article, handed to Pagefind in the same process (no file in between). */
  searchRecords: SearchRecord[]
  /** Old addresses of published articles and their pages (integration/redirect-files.ts). */
  redirects: Redirect[]
}

const KEY = Symbol.for('bantin.site.build-report')
type Holder = { [KEY]?: BuildReport }

const emptyReport = (options: { cmsUrl: string; mediaCacheDir: string }): BuildReport => ({
  ...options,
  synced: false,
  partial: false,
  rendered: new Set(),
  problems: [],
  media: new Set(),
  downloaded: 0,
  pages: new Map(),
  otherPages: new Map(),
  articleUrls: new Map(),
  searchRecords: [],
  redirects: [],
})

export function startBuildReport(options: { cmsUrl: string; mediaCacheDir: string }): BuildReport {
  return ((globalThis as Holder)[KEY] = emptyReport(options))
}

/** The report of the build in progress; outside a build (unit tests) a throwaway one. */
export function currentBuildReport(): BuildReport {
  return ((globalThis as Holder)[KEY] ??= emptyReport({ cmsUrl: '', mediaCacheDir: '' }))
}
