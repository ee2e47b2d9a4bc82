/**
 * What the site build could not publish as it is, as the worker reports it in `last.problems`
 * (the site build writes it; see docs/publishing.md). Read defensively: an older worker sends
 * nothing, and a malformed entry must not blank the dashboard.
 */
import { type BuildProblem, buildProblemSchema } from '@bantin/content-types/build-problem'

export type { BuildProblem }

/** Entries that do not match the shared schema are dropped, the rest are shown. */
export function readProblems(raw: unknown): BuildProblem[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((entry) => {
    const parsed = buildProblemSchema.safeParse(entry)
    return parsed.success ? [parsed.data] : []
  })
}
