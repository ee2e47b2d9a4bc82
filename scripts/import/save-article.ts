import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { slugify } from '@bantin/content-types/slugify'

import type { ArticlePlan } from './plan-article'
import { upsertPlaceholderMedia, type PhotoCaption } from './placeholder-media'
import { ensureAuthor } from './taxonomy'
import { toLexical, uploadIdsOf } from './to-lexical'

type Id = number | string

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
}

export interface SaveResult {
  action: 'created' | 'updated'
  id: Id
  slug: string
  published: boolean
}

const context = { skipRebuild: true }

/** Legacy portals reuse headlines; the second article gets "-2" rather than a failed import. */
async function uniqueSlug(payload: Payload, title: string): Promise<string> {
  const base = slugify(title) || 'bai-viet'
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { slug: { equals: slug } },
      trash: true,
    })
    if (totalDocs === 0) return slug
  }
}

async function findExisting(payload: Payload, key: string) {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { legacyKey: { equals: key } },
    trash: true,
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) return null
  if (docs[0].deletedAt) {
    throw new Error(
      `Bài “${docs[0].title}” (mã nhập ${key}) đang ở thùng rác: khôi phục hoặc xóa hẳn bài đó ` +
        'trong trang quản trị rồi nhập lại.',
    )
  }
  // A draft re-import writes a new version only, so the latest body lives in the versions.
  return payload.findByID({ collection: 'articles', id: docs[0].id, draft: true, depth: 0 })
}

/** Writes one planned article: a new draft (or published article), or an update of its own. */
export async function saveArticle(
  payload: Payload,
  plan: ArticlePlan,
  options: SaveOptions,
): Promise<SaveResult> {
  const existing = await findExisting(payload, plan.key)
  const captions = plan.blocks.filter(
    (b): b is PhotoCaption & { type: 'caption' } => b.type === 'caption',
  )
  const oldIds = uploadIdsOf(existing?.body)
  const mediaIds: Id[] = []
  for (const [i, caption] of captions.entries()) {
    mediaIds.push(await upsertPlaceholderMedia(payload, caption, oldIds[i]))
  }
  const hero = existing?.heroImage
  const oldHero = typeof hero === 'object' && hero ? hero.id : hero
  let heroImage: Id | undefined
  if (options.withHero) {
    const caption = options.heroCaption ?? captions[0]?.caption ?? plan.title
    // One record for hero and figure: attaching the real photo once fixes both.
    const same = captions.findIndex((c) => c.caption === caption)
    heroImage =
      same >= 0
        ? mediaIds[same]
        : await upsertPlaceholderMedia(
            payload,
            { caption, credit: null },
            oldHero && !mediaIds.includes(oldHero) ? oldHero : undefined,
          )
  }
  const data = {
    title: plan.title,
    lead: plan.lead,
    body: toLexical(plan.blocks, mediaIds, plan.key),
    authors: [await ensureAuthor(payload, plan.author)],
    publishedAt: plan.publishedAt,
    publishedAt_tz: 'Asia/Ho_Chi_Minh' as const,
    legacyKey: plan.key,
    legacyViews: plan.legacyViews,
    legacyUrl: plan.legacyUrl,
    _status: plan.publish ? ('published' as const) : ('draft' as const),
    ...(heroImage !== undefined ? { heroImage } : {}),
  }
  try {
    return await writeArticle(payload, existing?.id ?? null, data, plan, options)
  } catch (error) {
    // Placeholders made for an article that was not saved would linger unlinked in the library.
    const linked = new Set([...oldIds, oldHero].map(String))
    const made = [...mediaIds, heroImage].filter(
      (id) => id !== undefined && !linked.has(String(id)),
    )
    for (const id of new Set(made)) {
      await payload.delete({ collection: 'media', id: id!, context }).catch(() => undefined)
    }
    throw error
  }
}

async function writeArticle(
  payload: Payload,
  existingId: Id | null,
  fields: Record<string, unknown>,
  plan: ArticlePlan,
  options: SaveOptions,
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
      slug: await uniqueSlug(payload, plan.title),
    } as ArticleData,
    draft: !plan.publish,
    depth: 0,
    context,
  })
  return { action: 'created', id: doc.id, slug: doc.slug ?? '', published: plan.publish }
}
