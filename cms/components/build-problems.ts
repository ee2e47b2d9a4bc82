/**
 * What the site build could not publish as it is, as the worker reports it in `last.problems`
 * (the site build writes it; see docs/publishing.md). Read defensively: an older worker sends
 * nothing, and a malformed entry must not blank the dashboard.
 */
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

const COLLECTIONS = new Set(['articles', 'authors', 'categories', 'media'])
const ACTIONS = new Set(['kept-previous', 'left-out', 'fixed-up'])

const text = (value: unknown) => (typeof value === 'string' ? value : '')

export function readProblems(raw: unknown): BuildProblem[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((entry): BuildProblem[] => {
    if (!entry || typeof entry !== 'object') return []
    const p = entry as Record<string, unknown>
    const id = typeof p.id === 'number' ? String(p.id) : text(p.id)
    if (!COLLECTIONS.has(text(p.collection)) || !ACTIONS.has(text(p.action)) || !id || !text(p.message)) return []
    return [{
      collection: p.collection as BuildProblem['collection'],
      id,
      title: text(p.title),
      kind: (text(p.kind) || 'render') as BuildProblem['kind'],
      action: p.action as BuildProblem['action'],
      message: text(p.message),
      detail: text(p.detail),
    }]
  })
}
