import type { Payload } from 'payload'

import type { Id } from '@bantin/content-types/id'

import { tagOfFilename } from './placeholder-media'

interface KnownArticle {
  id: Id
  title: string
  deletedAt: string | null
}

/**
 * What the importer needs to know about the database, read once per batch rather than once per
 * file: at 10,000 files, three lookups per file were most of the time not spent on images.
 * The batch keeps it current as it writes; the database's unique indexes stay the last word.
 */
export interface ImportState {
  /** Articles by import key, the trashed ones too. */
  articles: Map<string, KnownArticle>
  /** Every article slug in use, trashed articles included (their slug is still taken). */
  slugs: Set<string>
  /** Author ids by byline (NFC). */
  authors: Map<string, Id>
  /** Placeholder media by the tag in their file name (see placeholderTag). */
  placeholders: Map<string, Id>
  /** Per hue, the stored row of a placeholder made this run, whose files later ones share. */
  prototypes: Map<number, Record<string, unknown>>
}

export async function loadImportState(payload: Payload): Promise<ImportState> {
  const articles = await payload.find({
    collection: 'articles',
    trash: true,
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, legacyKey: true, deletedAt: true },
  })
  const authors = await payload.find({
    collection: 'authors',
    pagination: false,
    depth: 0,
    select: { byline: true },
  })
  const placeholders = await payload.find({
    collection: 'media',
    pagination: false,
    depth: 0,
    where: { filename: { like: 'anh-tam-' } },
    select: { filename: true },
  })
  const state: ImportState = {
    articles: new Map(),
    slugs: new Set(),
    authors: new Map(),
    placeholders: new Map(),
    prototypes: new Map(),
  }
  for (const doc of articles.docs) {
    if (doc.slug) state.slugs.add(doc.slug)
    if (doc.legacyKey) {
      state.articles.set(doc.legacyKey, {
        id: doc.id,
        title: doc.title,
        deletedAt: doc.deletedAt ?? null,
      })
    }
  }
  for (const doc of authors.docs) if (doc.byline) state.authors.set(doc.byline, doc.id)
  for (const doc of placeholders.docs) {
    const tag = doc.filename ? tagOfFilename(doc.filename) : null
    if (tag) state.placeholders.set(tag, doc.id)
  }
  return state
}
