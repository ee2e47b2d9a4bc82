import { createBasics } from './content'
import { startTestCms } from './payload'
import { restClient } from './rest'
import { createStaff } from './staff'

export type { Basics } from './content'
export type { TestCms } from './payload'
export type RestClient = ReturnType<typeof restClient>
export type Staff = Awaited<ReturnType<typeof createStaff>>

/** A test CMS with an account of every role (./staff.ts) and a REST client for the suite. */
export async function startCmsWithStaff() {
  const cms = await startTestCms()
  return { cms, rest: restClient(cms.config), staff: await createStaff(cms.payload) }
}

/** The same, with the author, category and image (./content.ts) that articles are written with. */
export async function startCmsWithBasics() {
  const started = await startCmsWithStaff()
  return { ...started, basics: await createBasics(started.cms.payload) }
}
