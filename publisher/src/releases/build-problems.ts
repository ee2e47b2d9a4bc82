/**
 * `<release>/.build-problems.json`, written by the site build: documents it left out, kept at an
 * older version or fixed up, with a message for the press officers (docs/publishing.md). The
 * worker copies the list into its build record so /status and the admin dashboard show it.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import {
  BUILD_PROBLEMS_FILE,
  type BuildProblem,
  buildProblemsFileSchema,
} from '@bantin/content-types/build-problem'

import { isMissing, readError } from './store'

export type { BuildProblem }

/** The problems a build reported; [] when it wrote no file (a build with nothing to report). */
export async function readBuildProblems(releaseDir: string): Promise<BuildProblem[]> {
  const file = path.join(releaseDir, BUILD_PROBLEMS_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissing(error)) return []
    throw readError(file, error)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw readError(file, error)
  }
  const parsed = buildProblemsFileSchema.safeParse(json)
  if (!parsed.success)
    throw new Error(`${file} is not a build problems report: ${parsed.error.message}`)
  return parsed.data.problems
}
