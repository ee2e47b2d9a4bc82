/**
 * Reads pages of the live site over and over while something else happens (a kill, a restart),
 * remembering every answer, so a test can say what readers saw during the whole outage.
 */
import { type TestStack } from '../../../scripts/lib/start-stack'
import { readPage } from './editor'

export interface Answer {
  path: string
  status: number
  /** Whether the page held the text it was expected to hold. */
  intact: boolean
  at: number
}

export function watchSite(stack: TestStack, pages: Record<string, string>, everyMs = 200) {
  const answers: Answer[] = []
  let stopped = false
  const loop = (async () => {
    while (!stopped) {
      for (const [path, text] of Object.entries(pages)) {
        const { status, html } = await readPage(stack, path)
        answers.push({
          path,
          status,
          intact: status === 200 && html.includes(text),
          at: Date.now(),
        })
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  })()
  return {
    answers,
    /** Stops reading; resolves to every answer seen. */
    async stop(): Promise<Answer[]> {
      stopped = true
      await loop
      return answers
    },
  }
}
