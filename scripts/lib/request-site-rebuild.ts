import { createLocalReq, type Payload } from 'payload'

import { queueRebuild } from '../../cms/rebuild/queueRebuild'

/**
 * Seed and import write with `skipRebuild` so a batch does not ask for one build per article;
 * this asks once at the end. The request waits in the jobs table for the CMS's runner.
 */
export async function requestSiteRebuild(payload: Payload, reason: string): Promise<void> {
  await queueRebuild(await createLocalReq({}, payload), reason)
}
