import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

export const MAX_BODY_DEPTH = 20
// Objects and arrays inside objects and arrays, whatever their keys: a list 20 levels deep is about
// 85 (list, its children, the item, its children, per level). Far beyond it, the recursive steps
// on the way (cleanText, Payload's own, the site's renderer) exhaust the call stack: a 500.
// Nesting under other keys (a node's `fields`) adds no level of blocks, so it is measured apart.
const MAX_JSON_DEPTH = 200

type Node = { type?: unknown; children?: unknown }

/**
 * How deeply a Lexical tree nests its blocks: a paragraph in the body is 1, a list inside a list
 * item inside a list is 2 (the item is part of its list; only there: an item directly in an item
 * counts as a level). Walked with a stack, not recursion, so a crafted tree thousands of levels
 * deep cannot exhaust the call stack.
 */
export function richTextDepth(tree: unknown): number {
  const root = (tree as { root?: unknown } | null)?.root
  if (!root || typeof root !== 'object') return 0
  let max = 0
  const stack: Array<[Node, number]> = [[root as Node, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (!Array.isArray(node.children)) continue
    max = Math.max(max, depth)
    for (const child of node.children as Node[]) {
      const inItsList = child?.type === 'listitem' && node.type === 'list'
      if (child && typeof child === 'object') stack.push([child, inItsList ? depth : depth + 1])
    }
  }
  return max
}

/** How many objects and arrays are nested in each other at most, under any key; walked with a stack. */
function jsonDepth(value: unknown): number {
  let max = 0
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!
    if (!item || typeof item !== 'object') continue
    max = Math.max(max, depth + 1)
    for (const child of Object.values(item))
      if (child && typeof child === 'object') stack.push([child, depth + 1])
  }
  return max
}

const parsed = (value: unknown): unknown => {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch (error) {
    if (error instanceof SyntaxError) return null // Payload's own validation reports it.
    throw error
  }
}

/**
 * Lists nested hundreds deep (pasted from Word, or crafted) cannot be laid out on a page and make
 * every recursive step on the way (hooks, the site's renderer) slow or fail. Refused on every
 * save, drafts too: the earlier the writer hears, the easier the paste is to undo.
 */
export const checkBodyDepth: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const body = parsed((args.data as { body?: unknown } | undefined)?.body)
  const nesting = jsonDepth(body)
  // Nesting under other keys than `children` is counted in levels of about four objects each.
  const depth =
    nesting > MAX_JSON_DEPTH
      ? Math.max(richTextDepth(body), Math.floor(nesting / 4))
      : richTextDepth(body)
  if (depth > MAX_BODY_DEPTH) {
    const message =
      `Nội dung bài có danh sách hoặc khối lồng nhau quá sâu (${depth} tầng; tối đa ${MAX_BODY_DEPTH}). ` +
      'Thường do dán từ Word: hãy dán lại dưới dạng chữ thường (Ctrl+Shift+V) hoặc giảm bớt mức thụt lề.'
    throw new ValidationError({ errors: [{ path: 'body', message }] })
  }
  return args
}
