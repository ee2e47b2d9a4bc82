const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'upload'])

/**
 * Text of a Lexical tree, blocks separated by newlines: for search, feeds and descriptions. Walked
 * with a stack rather than recursion, so no nesting depth can overflow it.
 */
export function richTextToPlainText(doc: unknown): string {
  const parts: string[] = []
  const END = Symbol('end of block')
  const stack: unknown[] = [(doc as { root?: unknown } | null)?.root]
  while (stack.length) {
    const raw = stack.pop()
    if (raw === END) {
      parts.push('\n')
      continue
    }
    if (!raw || typeof raw !== 'object') continue
    const node = raw as {
      type?: unknown
      text?: unknown
      children?: unknown
      value?: { caption?: unknown }
    }
    if (node.type === 'text' && typeof node.text === 'string') parts.push(node.text)
    if (node.type === 'upload' && typeof node.value?.caption === 'string')
      parts.push(node.value.caption)
    if (BLOCKS.has(String(node.type))) stack.push(END)
    if (Array.isArray(node.children))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return parts
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
}
