import type { PayloadRequest, Where } from 'payload'

import { isEditorUser } from '../access/roles'
import { publicArticleUrl } from './links'

export interface ArticleLine {
  id: number
  title: string
  updatedAt: string
  note?: string | null
  when?: string | null
  url?: string | null
  scheduled?: 'publish' | 'unpublish'
}

export interface NewsroomSummary {
  role: 'editor' | 'reporter'
  /** What waits for this person: submissions for editors, returned articles for reporters. */
  count: number
  waiting: ArticleLine[]
  returned: ArticleLine[]
  drafts: ArticleLine[]
  scheduled: ArticleLine[]
  published: ArticleLine[]
}

const LIST = 20
const SUBMITTED: Where = { reviewState: { equals: 'submitted' } }
const NOT_LIVE: Where = { _status: { not_equals: 'published' } }

const lineOf = (doc: {
  id: number
  title?: string | null
  updatedAt: string
  reviewNote?: string | null
}): ArticleLine => ({
  id: doc.id,
  title: doc.title || '(chưa có tiêu đề)',
  updatedAt: doc.updatedAt,
  note: doc.reviewNote ?? null,
})

type Row = {
  id: number
  title?: string | null
  updatedAt: string
  reviewNote?: string | null
  slug?: string | null
  publishedAt?: string | null
}

/** Latest drafts (what the admin list shows), read with the system's access: the caller is checked. */
async function latest(req: PayloadRequest, where: Where, sort = '-updatedAt'): Promise<Row[]> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    draft: true,
    where,
    sort,
    limit: LIST,
    depth: 0,
    req,
    select: { title: true, updatedAt: true, reviewNote: true, slug: true, publishedAt: true },
  })
  // The admin's own type check (next build) sees documents without the generated types.
  return docs as unknown as Row[]
}

async function countLatest(req: PayloadRequest, where: Where): Promise<number> {
  // find, not count: count reads the live rows, and a submission is a draft.
  const { totalDocs } = await req.payload.find({
    collection: 'articles',
    draft: true,
    where,
    limit: 1,
    depth: 0,
    req,
    select: { title: true },
  })
  return totalDocs
}

async function scheduledArticles(req: PayloadRequest): Promise<ArticleLine[]> {
  const { docs } = await req.payload.db.find<{
    input?: { type?: string; doc?: { relationTo?: string; value?: unknown } }
    waitUntil?: string
  }>({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: LIST,
    req,
  })
  const jobs = docs.filter((job) => job.input?.doc?.relationTo === 'articles')
  const ids = jobs.map((job) => Number(job.input!.doc!.value))
  if (ids.length === 0) return []
  const articles = await latest(req, { id: { in: ids } })
  const byId = new Map(articles.map((a) => [a.id, a]))
  return jobs.flatMap((job) => {
    const article = byId.get(Number(job.input!.doc!.value))
    if (!article) return []
    return [
      {
        ...lineOf(article),
        when: job.waitUntil ?? null,
        scheduled: job.input?.type === 'unpublish' ? 'unpublish' : 'publish',
      } as ArticleLine,
    ]
  })
}

async function recentlyPublished(req: PayloadRequest): Promise<ArticleLine[]> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    limit: 10,
    depth: 0,
    req,
    select: { title: true, updatedAt: true, slug: true, publishedAt: true },
  })
  return (docs as unknown as Row[]).map((doc) => ({
    ...lineOf(doc),
    when: doc.publishedAt ?? null,
    url: doc.slug ? publicArticleUrl(doc.slug) : null,
  }))
}

/** The newsroom's day for one staff member (the dashboard and the navigation count). */
export async function newsroomSummary(
  req: PayloadRequest,
  { countOnly = false } = {},
): Promise<NewsroomSummary | { count: number }> {
  const editor = isEditorUser(req.user)
  const mine: Where = { createdBy: { equals: req.user!.id } }
  const returnedMine: Where = { and: [mine, NOT_LIVE, { reviewState: { equals: 'returned' } }] }
  if (countOnly) return { count: await countLatest(req, editor ? SUBMITTED : returnedMine) }
  const [waiting, returned, drafts, scheduled, published] = await Promise.all([
    editor ? latest(req, SUBMITTED, 'updatedAt') : Promise.resolve([]),
    latest(
      req,
      editor ? { and: [NOT_LIVE, { reviewState: { equals: 'returned' } }] } : returnedMine,
    ),
    latest(req, { and: [mine, NOT_LIVE, { reviewState: { not_equals: 'returned' } }] }),
    scheduledArticles(req),
    recentlyPublished(req),
  ])
  return {
    role: editor ? 'editor' : 'reporter',
    count: editor ? waiting.length : returned.length,
    waiting: waiting.map(lineOf),
    returned: returned.map(lineOf),
    drafts: drafts.map(lineOf),
    scheduled,
    published,
  }
}
