/**
 * `<release>/.build-problems.json`, written by the site build: documents it left out, kept at an
 * older version or fixed up, with a message for the press officers (docs/publishing.md). The
 * worker copies the list into its build record so /status and the admin dashboard show it.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { isMissing, readError } from './store'

export const BUILD_PROBLEMS = '.build-problems.json'

export interface BuildProblem {
  collection: 'articles' | 'authors' | 'categories' | 'media'
  id: string
  title: string
  kind: 'schema' | 'render' | 'link' | 'media'
  action: 'kept-previous' | 'left-out' | 'fixed-up'
  /** Vietnamese, for press officers. */
  message: string
  /** Technical English, for the IT person. */
  detail: string
}

/** The problems a build reported; [] when it wrote no file (a build with nothing to report). */
export async function readBuildProblems(releaseDir: string): Promise<BuildProblem[]> {
  const file = path.join(releaseDir, BUILD_PROBLEMS)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissing(error)) return []
    throw readError(file, error)
  }
  let problems: unknown
  try {
    problems = (JSON.parse(text) as { problems?: unknown }).problems
  } catch (error) {
    throw readError(file, error)
  }
  if (!Array.isArray(problems)) throw new Error(`${file} has no "problems" list`)
  return problems as BuildProblem[]
}
