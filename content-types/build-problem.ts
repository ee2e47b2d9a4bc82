import { z } from 'zod'

/** The collections whose documents the public site shows. */
export const siteCollectionSchema = z.enum([
  'articles',
  'authors',
  'categories',
  'media',
  'wanted-notices',
  'documents',
  'reception-schedule',
])
export type SiteCollection = z.output<typeof siteCollectionSchema>

/**
 * One document the site build could not publish as it is: written by the site build into
 * `<release>/.build-problems.json`, copied by the publisher into `GET /status` as `last.problems`,
 * shown by the admin dashboard and on the article's edit screen (docs/publishing.md).
 */
export const buildProblemSchema = z.object({
  collection: siteCollectionSchema,
  id: z.union([z.string().min(1), z.number().transform(String)]),
  /** Human name of the document; may be "". */
  title: z.string().catch(''),
  kind: z.enum(['schema', 'render', 'link', 'media']).catch('render'),
  action: z.enum(['kept-previous', 'left-out', 'fixed-up']),
  /** Vietnamese, for press officers: what is wrong and how to fix it. */
  message: z.string().min(1),
  /** English, for the IT person. */
  detail: z.string().catch(''),
})

export type BuildProblem = z.output<typeof buildProblemSchema>

/** The `.build-problems.json` file as a whole. */
export const buildProblemsFileSchema = z.object({ problems: z.array(buildProblemSchema) })

/** Written by the site build into every release; dot files, so the static server never serves them. */
export const BUILD_PROBLEMS_FILE = '.build-problems.json'
export const PAGES_INDEX_FILE = '.pages.json'

/** Release-relative files that exist only because one document is published. */
const documentFilesSchema = z.object({
  files: z.array(z.string()).default([]),
  /** Pagefind fragment files holding its search record. */
  search: z.array(z.string()).default([]),
})
export type DocumentFiles = z.output<typeof documentFilesSchema>

/**
 * The `.pages.json` file: per collection, per document id, the files the publisher removes to take
 * the document down without a build (publisher/src/releases/takedown.ts).
 */
export const pagesIndexSchema = z.partialRecord(
  siteCollectionSchema,
  z.record(z.string(), documentFilesSchema),
)
export type PagesIndex = z.output<typeof pagesIndexSchema>
