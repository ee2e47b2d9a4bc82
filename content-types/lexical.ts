/**
 * Lexical rich text as the CMS stores it, for the code that writes bodies (importer, seed, bench,
 * tests) and the code that reads the images out of them (CMS hooks, site loader, importer).
 */
import type { Id } from './id'

export type LexicalNode = { type: string; version: number; [key: string]: unknown }

// Type aliases, not interfaces: Payload's generated types ask for an index signature.
export type LexicalRoot = {
  root: {
    type: 'root'
    version: 1
    direction: 'ltr'
    format: ''
    indent: 0
    children: LexicalNode[]
  }
}

/** A run of plain text, as the admin's editor writes one. */
export const textNode = (text: string) => ({
  type: 'text',
  version: 1,
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})

/** A paragraph of plain text, as the admin's editor writes one. */
export function paragraphNode(text: string) {
  return {
    type: 'paragraph',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [textNode(text)],
  }
}

/** A body made of these top-level nodes. */
export function lexicalRoot(children: LexicalNode[]): LexicalRoot {
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }
}

/**
 * The ids of the media a tree shows (upload nodes), in document order, populated (`{ id }`) or
 * not. Walked with a stack: no nesting, however deep, can overflow it.
 */
export function uploadIdsIn(tree: unknown): Id[] {
  const ids: Id[] = []
  const stack: unknown[] = [tree]
  while (stack.length) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    const n = node as {
      type?: unknown
      relationTo?: unknown
      value?: unknown
      children?: unknown
      root?: unknown
    }
    if (n.type === 'upload' && n.relationTo === 'media') {
      const id = n.value && typeof n.value === 'object' ? (n.value as { id?: unknown }).id : n.value
      if (typeof id === 'number' || typeof id === 'string') ids.push(id)
    }
    if (n.root) stack.push(n.root)
    if (Array.isArray(n.children))
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return ids
}
