import { isDeepStrictEqual } from 'node:util'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Id } from '@bantin/content-types/id'
import { uploadIdsIn } from '@bantin/content-types/lexical'
import { slugify } from '@bantin/content-types/slugify'
import { VIETNAM_TIME_ZONE } from '@bantin/content-types/vietnam-time'

import { loadImportState, type ImportState } from './import-state'
import type { ArticlePlan } from './plan-article'
import {
  forgetPlaceholders,
  placeholderTag,
  upsertPlaceholderMedia,
  type PhotoCaption,
} from './placeholder-media'
import { ensureAuthor } from './taxonomy'
import { toLexical } from './to-lexical'

export interface SaveOptions {
  categoryId: Id
  /** False when the category is the default: a re-import then keeps an editor's choice. */
  categoryExplicit: boolean
  /**
   * Gives the article a hero image (the demo seed does): the placeholder of the caption named
   * here, else of the first caption, else a new placeholder captioned with the title.
   */
  withHero?: boolean
  heroCaption?: string
  /** The batch's view of the database (loadImportState); read afresh when not given. */
  state?: ImportState
}

export interface SaveResult {
  /** 'unchanged': the article already holds exactly this (a rerun or a resumed batch). */
  action: 'created' | 'updated' | 'unchanged'
  id: Id
  slug: string
  published: boolean
}

const context = { skipRebuild: true }
// content-types/slugify cuts at this length, and the CMS slugifies every slug it is given.
const SLUG_MAX = 96

/** Legacy portals reuse headlines; the second article gets "-2" rather than a failed import. */
function uniqueSlug(taken: Set<string>, title: string): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`
    // Cut before numbering: "…-2" past the limit would be cut back to the taken slug on save.
    const slug = (slugify(title, SLUG_MAX - suffix.length) || 'bai-viet') + suffix
    if (!taken.has(slug)) return slug
  }
}

async function findExisting(payload: Payload, key: string, state: ImportState) {
  const known = state.articles.get(key)
  if (!known) return null
  if (known.deletedAt) {
    throw new Error(
      `Bài “${known.title}” (mã nhập ${key}) đang ở thùng rác: khôi phục hoặc xóa hẳn bài đó ` +
        'trong trang quản trị rồi nhập lại.',
    )
  }
  // A draft re-import writes a new version only, so the latest body lives in the versions.
  const doc = await payload.findByID({
    collection: 'articles',
    id: known.id,
    draft: true,
    depth: 0,
    disableErrors: true,
  })
  // Deleted for good by an editor since the batch started: imported anew.
  if (!doc) state.articles.delete(key)
  return doc
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: Id }).id : (value ?? null)
const timeOf = (value: unknown) => (typeof value === 'string' ? new Date(value).getTime() : null)

/** What a save would change, compared as stored (ids, instants, nulls for absent values). */
function comparable(article: object, withStatus: boolean, withCategory: boolean) {
  const doc = article as Record<string, unknown>
  return {
    title: doc.title,
    lead: doc.lead ?? null,
    body: doc.body ?? null,
    authors: ((doc.authors as unknown[]) ?? []).map(idOf),
    publishedAt: timeOf(doc.publishedAt),
    legacyViews: doc.legacyViews ?? null,
    legacyUrl: doc.legacyUrl ?? null,
    heroImage: idOf(doc.heroImage),
    status: withStatus ? doc._status : null,
    category: withCategory ? idOf(doc.category) : null,
  }
}

/** Writes one planned article: a new draft (or published article), or an update of its own. */
export async function saveArticle(
  payload: Payload,
  plan: ArticlePlan,
  options: SaveOptions,
): Promise<SaveResult> {
  const state = options.state ?? (await loadImportState(payload))
  const existing = await findExisting(payload, plan.key, state)
  const captions = plan.blocks.filter(
    (b): b is PhotoCaption & { type: 'caption' } => b.type === 'caption',
  )
  const hero = existing?.heroImage
  const oldHero = typeof hero === 'object' && hero ? hero.id : hero
  const heroCaption = options.withHero
    ? (options.heroCaption ?? captions[0]?.caption ?? plan.title)
    : null
  // The figure that becomes the hero is shown once, as the hero (with its caption), not again
  // in the body. (The record is the figure's own: its place in the file names it.)
  const heroSlot = heroCaption === null ? -1 : captions.findIndex((c) => c.caption === heroCaption)
  const oldIds = uploadIdsIn(existing?.body)
  // A body saved this way lacks the hero's figure: its record is the stored hero.
  if (heroSlot >= 0 && oldHero && !oldIds.includes(oldHero)) oldIds.splice(heroSlot, 0, oldHero)
  const mediaIds: Id[] = []
  const placeholder = (caption: PhotoCaption, slot: number | string, existingId?: Id) =>
    upsertPlaceholderMedia(payload, caption, {
      state,
      tag: placeholderTag(plan.key, slot),
      existingId,
    })
  for (const [i, caption] of captions.entries()) {
    mediaIds.push(await placeholder(caption, i, oldIds[i]))
  }
  let heroImage: Id | undefined
  if (heroCaption !== null) {
    heroImage =
      heroSlot >= 0
        ? mediaIds[heroSlot]
        : await placeholder(
            { caption: heroCaption, credit: null },
            'hero',
            oldHero && !mediaIds.includes(oldHero) ? oldHero : undefined,
          )
  }
  const heroBlock = heroSlot >= 0 ? plan.blocks.filter((b) => b.type === 'caption')[heroSlot] : null
  const data = {
    title: plan.title,
    lead: plan.lead,
    body: toLexical(
      plan.blocks.filter((b) => b !== heroBlock),
      mediaIds.filter((_, i) => i !== heroSlot),
      plan.key,
    ),
    authors: [await ensureAuthor(payload, plan.author, state.authors)],
    publishedAt: plan.publishedAt,
    publishedAt_tz: VIETNAM_TIME_ZONE,
    legacyKey: plan.key,
    legacyViews: plan.legacyViews,
    legacyUrl: plan.legacyUrl,
    _status: plan.publish ? ('published' as const) : ('draft' as const),
    ...(heroImage !== undefined ? { heroImage } : {}),
  }
  if (existing) {
    // Without --publish the status is not asked for: a live article stays as it is.
    const withCategory = options.categoryExplicit
    const wanted = comparable(
      { ...existing, ...data, category: options.categoryId },
      plan.publish,
      withCategory,
    )
    const stored = comparable(existing, plan.publish, withCategory)
    if (isDeepStrictEqual(wanted, stored)) {
      return {
        action: 'unchanged',
        id: existing.id,
        slug: existing.slug ?? '',
        published: existing._status === 'published',
      }
    }
  }
  try {
    return await writeArticle(payload, existing?.id ?? null, data, plan, options, state)
  } catch (error) {
    // Placeholders made for an article that was not saved would linger unlinked in the library.
    const linked = new Set([...oldIds, oldHero].map(String))
    const made = [...new Set([...mediaIds, heroImage])].filter(
      (id): id is Id => id !== undefined && !linked.has(String(id)),
    )
    for (const id of made) {
      await payload.delete({ collection: 'media', id, context }).catch(() => undefined)
    }
    forgetPlaceholders(state, made)
    throw error
  }
}

async function writeArticle(
  payload: Payload,
  existingId: Id | null,
  fields: Record<string, unknown>,
  plan: ArticlePlan,
  options: SaveOptions,
  state: ImportState,
): Promise<SaveResult> {
  // Drafts may lack a lead (the collection demands one only on publish), hence the cast.
  type ArticleData = RequiredDataFromCollectionSlug<'articles'>
  if (existingId !== null) {
    const category = options.categoryExplicit ? { category: options.categoryId } : {}
    const doc = await payload.update({
      collection: 'articles',
      id: existingId,
      data: { ...fields, ...category } as ArticleData,
      draft: !plan.publish,
      depth: 0,
      context,
    })
    return { action: 'updated', id: doc.id, slug: doc.slug ?? '', published: plan.publish }
  }
  const doc = await payload.create({
    collection: 'articles',
    data: {
      ...fields,
      category: options.categoryId,
      slug: uniqueSlug(state.slugs, plan.title),
    } as ArticleData,
    draft: !plan.publish,
    depth: 0,
    context,
  })
  if (doc.slug) state.slugs.add(doc.slug)
  state.articles.set(plan.key, { id: doc.id, title: doc.title, deletedAt: null })
  return { action: 'created', id: doc.id, slug: doc.slug ?? '', published: plan.publish }
}
