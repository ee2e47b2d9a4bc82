import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { recordAudit } from './record'
import { formatVietnamTime } from './vietnam-time'
import { notifyArticleEvent } from '../newsroom/notify'

type Job = { taskSlug?: string | null; waitUntil?: string | Date | null; input?: unknown }

/** A scheduled publish or unpublish of an article: recorded, and its writer told. */
async function recordScheduled(req: PayloadRequest, job: Job): Promise<void> {
  if (job.taskSlug !== 'schedulePublish' || req.context?.skipAudit) return
  const input = (job.input ?? {}) as {
    type?: string
    doc?: { relationTo?: string; value?: unknown }
    user?: { value?: unknown }
  }
  if (input.doc?.relationTo !== 'articles') return
  const articleId = Number(input.doc.value)
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    draft: true,
    req,
    disableErrors: true,
    trash: true,
  })
  const userId = (input.user?.value as number | undefined) ?? (req.user?.id as number | undefined)
  const actor = userId
    ? await req.payload.findByID({
        collection: 'users',
        id: userId,
        depth: 0,
        req,
        disableErrors: true,
      })
    : null
  const when = job.waitUntil ? formatVietnamTime(job.waitUntil) : ''
  const detail = `${input.type === 'unpublish' ? 'Gỡ' : 'Đăng'} lúc ${when} (giờ Việt Nam)`
  const target = { id: articleId, title: article?.title ?? null }
  await recordAudit(req, {
    action: 'article.scheduled',
    actor: actor ? { id: Number(actor.id), email: String(actor.email) } : null,
    target,
    detail,
  })
  if (!article || req.context?.skipNotify) return
  if (actor && !req.user) req.user = { ...actor, collection: 'users' }
  await notifyArticleEvent(req, 'article.scheduled', article, detail)
}

/**
 * The admin's "Hẹn giờ" queues its job with `payload.jobs.queue`, which writes straight to the
 * database and runs no collection hook. Payload's `jobs.runHooks` would, but in 3.90 it makes a
 * failing task's log fail validation, so the job never records its error: the queue is wrapped.
 * (A job an admin posts to /api/payload-jobs by hand is not recorded.)
 */
export function auditScheduledQueue(payload: Payload): void {
  const queue = payload.jobs.queue.bind(payload.jobs)
  payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    const job = await queue(args)
    const req = args.req ?? (await createLocalReq({}, payload))
    await recordScheduled(req, job as Job)
    return job
  }) as typeof payload.jobs.queue
}
