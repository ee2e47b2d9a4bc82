import { foldDiacritics } from './fold'

/**
 * The index holds folded text, so Pagefind finds "lãnh đạo … lựa chọn" for "lừa đảo" as readily
 * as "lừa đảo" itself. The search page ranks again what Pagefind found, with the article's text
 * as written (its record's `meta.text`): the words as typed, marks included, come first.
 */
const WORD = /[\p{L}\p{N}]+/gu

export interface Token {
  /** Lower case, as written. */
  word: string
  folded: string
  start: number
  end: number
}

export function tokenize(text: string): Token[] {
  const matches = [...text.matchAll(WORD)]
  // Folding the whole text once costs a fraction of folding each word (60 bodies on a slow phone);
  // removing marks leaves the words in the same order, so the folded words line up one for one.
  const folded = foldDiacritics(text).match(WORD) ?? []
  const aligned = folded.length === matches.length
  return matches.map((m, i) => {
    const word = m[0].toLowerCase()
    return {
      word,
      folded: aligned ? folded[i]! : foldDiacritics(word),
      start: m.index,
      end: m.index + m[0].length,
    }
  })
}

export interface Query {
  words: string[]
  folded: string[]
}

export function parseQuery(query: string): Query {
  const tokens = tokenize(query)
  return { words: tokens.map((t) => t.word), folded: tokens.map((t) => t.folded) }
}

/** Where `words` occur one after another in `tokens` (by `key`), or -1. */
function phraseAt(tokens: Token[], words: string[], key: 'word' | 'folded'): number {
  if (words.length === 0) return -1
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, j) => tokens[i + j]![key] === w)) return i
  }
  return -1
}

/**
 * 4: the phrase as typed, marks included; 3: every word as typed; 2: the phrase once folded;
 * 1: every word once folded; 0: Pagefind matched otherwise (a prefix, say).
 */
export function matchTier(tokens: Token[], query: Query): number {
  if (phraseAt(tokens, query.words, 'word') >= 0) return 4
  const words = new Set(tokens.map((t) => t.word))
  if (query.words.length > 0 && query.words.every((w) => words.has(w))) return 3
  if (phraseAt(tokens, query.folded, 'folded') >= 0) return 2
  const folded = new Set(tokens.map((t) => t.folded))
  return query.folded.length > 0 && query.folded.every((w) => folded.has(w)) ? 1 : 0
}

/** Stable: within a tier, Pagefind's order stays. */
export function rankByTypedWords<T>(items: T[], textOf: (item: T) => string, query: string): T[] {
  const q = parseQuery(query)
  return items
    .map((item, i) => ({ item, i, tier: matchTier(tokenize(textOf(item)), q) }))
    .sort((a, b) => b.tier - a.tier || a.i - b.i)
    .map(({ item }) => item)
}

export interface ExcerptPart {
  text: string
  mark: boolean
}

/**
 * About `size` words of `text` around the best match (the phrase as typed, else a word as typed,
 * else a folded word), with every word of the query marked, folded or not.
 */
export function excerpt(text: string, query: string, size = 28): ExcerptPart[] {
  const tokens = tokenize(text)
  if (tokens.length === 0) return []
  const q = parseQuery(query)
  const typed = new Set(q.words)
  const folded = new Set(q.folded)
  const isHit = (t: Token) => typed.has(t.word) || folded.has(t.folded)
  let at = phraseAt(tokens, q.words, 'word')
  if (at < 0) at = tokens.findIndex((t) => typed.has(t.word))
  if (at < 0) at = tokens.findIndex(isHit)
  const first = Math.max(0, Math.min(at < 0 ? 0 : at - Math.floor(size / 3), tokens.length - size))
  const last = Math.min(tokens.length, first + size) - 1
  const parts: ExcerptPart[] = []
  // From the start of the text or the first word shown, to the end of the text or the last word.
  let cursor = first > 0 ? tokens[first]!.start : text.length - text.trimStart().length
  const push = (part: string, mark: boolean) =>
    part && parts.push({ text: mark ? part : part.replace(/\s+/g, ' '), mark })
  if (first > 0) push('… ', false)
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!
    push(text.slice(cursor, t.start), false)
    push(text.slice(t.start, t.end), isHit(t))
    cursor = t.end
  }
  if (last < tokens.length - 1) push(' …', false)
  else push(text.slice(cursor).trimEnd(), false)
  return parts
}
