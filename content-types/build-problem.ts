import { z } from 'zod'

/**
 * One document the site build could not publish as it is: written by the site build into
 * `<release>/.build-problems.json`, copied by the publisher into `GET /status` as `last.problems`,
 * shown by the admin dashboard and on the article's edit screen (docs/publishing.md).
 */
export const buildProblemSchema = z.object({
  collection: z.enum(['articles', 'authors', 'categories', 'media']),
  id: z.union([z.string().min(1), z.number().transform(String)]),
  /** Human name of the document; may be "". */
  title: z.string().catch(''),
  kind: z.enum(['schema', 'render', 'link', 'media']).catch('render'),
  action: z.enum(['kept-previous', 'left-out', 'fixed-up']),
  /** Vietnamese, for press officers: what is wrong and how to fix it. */
  message: z.string().min(1),
  /** English, for the IT person. */
  detail: z.string().catch(''),
})

export type BuildProblem = z.output<typeof buildProblemSchema>

/** The `.build-problems.json` file as a whole. */
export const buildProblemsFileSchema = z.object({ problems: z.array(buildProblemSchema) })
