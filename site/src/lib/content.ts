import type {
  Article,
  Author,
  Category,
  LibraryDocument,
  ReceptionEntry,
  WantedNotice,
} from '@bantin/content-types'
import path from 'node:path'

import {
  type CollectionName,
  documentFileUrl,
  storeContext,
  storedEntries,
  syncCms,
} from '../loader'
import { readSettings } from '../settings'
import { type BuildReport, currentBuildReport } from './build-report'
import { contentTypePaths } from './content-type-paths'
import { documentCacheDir, documentKey, loadDocuments, toDocumentSearchRecord } from './documents'
import { cacheMedia } from './media-cache'
import { toReceptionSearchRecords } from './reception'
import { buildSiteContent, type RenderCache, type SiteContent } from './site-content'
import { articlePath, documentPath, wantedPath } from './urls'
import { loadWantedNotices, noticeKey, toNoticeSearchRecord } from './wanted-notices'

export type { SiteContent } from './site-content'

type Loaded = {
  content: SiteContent
  notices: WantedNotice[]
  documents: LibraryDocument[]
  reception: ReceptionEntry[]
}
let cached: { report: BuildReport; loaded: Promise<Loaded> } | undefined

// The warm builder runs build after build in one process, each in a fresh module graph: what one
// build rendered is kept on globalThis for the next, which renders only the articles that changed.
const RENDERED = Symbol.for('bantin.site.rendered')
type Holder = { [RENDERED]?: RenderCache }

/** Where the content store is saved between processes (loader/memory-store.ts). */
export const contentStoreDir = () => path.join(readSettings().cacheDir, 'bantin-content')

const log = {
  info: (message: string) => console.log(`[content] ${message}`),
  warn: (message: string) => console.warn(`[content] ${message}`),
}

/**
 * Brings the store in line with the CMS, once per build, every collection at once: each store is
 * its own, and the articles' embedded sections and bylines are matched with the stored ones only
 * after all have synced (lib/site-content.ts). The integration calls it before Astro writes
 * anything (a CMS that cannot be reached leaves no half-written site); pages outside a build sync
 * on first use.
 */
export async function syncContent(report: BuildReport = currentBuildReport()): Promise<void> {
  if (report.synced) return
  const { cmsUrl } = readSettings()
  const names: CollectionName[] = [
    'categories',
    'authors',
    'articles',
    'wanted-notices',
    'documents',
    'reception-schedule',
  ]
  // One after another, each sync is a few round trips to the CMS: seconds of a publish at 20,000
  // articles. A failure still fails the build, once every sync has settled.
  const results = await Promise.allSettled(
    names.map(async (name) => {
      const context = await storeContext(contentStoreDir(), name, log)
      await syncCms(
        name,
        { cmsUrl, report: (problem) => void report.problems.push(problem) },
        context,
      )
    }),
  )
  const failed = results.find((result) => result.status === 'rejected')
  if (failed) throw failed.reason
  report.synced = true
}

async function loadContent(report: BuildReport): Promise<Loaded> {
  await syncContent(report)
  const entries = storedEntries('articles')
  const holder = globalThis as Holder
  const fetchMedia = async (names: string[]) => {
    const { missing, downloaded } = await cacheMedia(names, {
      cmsUrl: report.cmsUrl,
      cacheDir: report.mediaCacheDir,
    })
    report.downloaded += downloaded
    return missing
  }
  const reception = storedEntries('reception-schedule').map((e) => e.data as ReceptionEntry)
  // Notices and documents first: article bodies may link to their pages.
  const notices = await loadWantedNotices(
    storedEntries('wanted-notices').map((e) => e.data as WantedNotice),
    report,
    {
      fetchMedia,
      report: (problem) => void report.problems.push(problem),
    },
  )
  const documents = await loadDocuments(
    storedEntries('documents').map((e) => e.data as LibraryDocument),
    report,
    {
      fetchFiles: async (names) => {
        const cacheDir = documentCacheDir(report)
        const { missing, downloaded } = await cacheMedia(names, {
          cmsUrl: report.cmsUrl,
          cacheDir,
          urlOf: documentFileUrl,
        })
        report.downloaded += downloaded
        return missing
      },
      report: (problem) => void report.problems.push(problem),
    },
  )
  const built = await buildSiteContent(
    {
      articles: entries.map((e) => e.data as Article),
      digests: new Map(entries.map((e) => [e.id, e.digest])),
      categories: storedEntries('categories').map((e) => e.data as Category),
      authors: storedEntries('authors').map((e) => e.data as Author),
      otherPaths: contentTypePaths({ notices, documents, reception }),
    },
    {
      report: (problem) => void report.problems.push(problem),
      fetchMedia,
      cache: holder[RENDERED],
    },
  )
  holder[RENDERED] = built.cache
  // The notices' photos were added while they loaded, before the articles: keep them.
  report.media = new Set([...built.media, ...report.media])
  report.searchRecords = built.searchRecords
  report.redirects = built.redirects
  for (const [id, { files }] of built.pages) report.pages.set(id, { files, search: [] })
  for (const article of built.content.articles)
    report.articleUrls.set(articlePath(article.slug), String(article.id))
  report.searchRecords = [
    ...built.searchRecords,
    ...notices.map(toNoticeSearchRecord),
    ...documents.map(toDocumentSearchRecord),
    ...toReceptionSearchRecords(reception),
  ]
  for (const notice of notices) report.articleUrls.set(wantedPath(notice.slug), noticeKey(notice))
  for (const doc of documents) report.articleUrls.set(documentPath(doc.slug), documentKey(doc))
  return { content: built.content, notices, documents, reception }
}

/**
 * Everything the pages read, synced, checked and indexed once per build rather than once per page.
 * Keyed by the build's report, so a process that runs several builds never serves an old one.
 */
function loaded(): Promise<Loaded> {
  const report = currentBuildReport()
  if (cached?.report !== report) cached = { report, loaded: loadContent(report) }
  return cached.loaded
}

export const getSiteContent = async (): Promise<SiteContent> => (await loaded()).content

/** The wanted notices this build prints (lib/wanted-notices.ts), newest decision first. */
export const getWantedNotices = async (): Promise<WantedNotice[]> => (await loaded()).notices

/** The documents library (lib/documents.ts), newest issue date first, each with its PDF in the cache. */
export const getDocuments = async (): Promise<LibraryDocument[]> => (await loaded()).documents

/** Every published session of the citizen reception schedule (lib/reception.ts groups them by week). */
export const getReceptionEntries = async (): Promise<ReceptionEntry[]> => (await loaded()).reception
