const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'upload'])

/** Text of a Lexical tree, blocks separated by newlines: for search, feeds and descriptions. */
export function richTextToPlainText(doc: unknown): string {
  const parts: string[] = []
  const walk = (raw: unknown) => {
    if (!raw || typeof raw !== 'object') return
    const node = raw as { type?: unknown; text?: unknown; children?: unknown; value?: { caption?: unknown } }
    if (node.type === 'text' && typeof node.text === 'string') parts.push(node.text)
    if (node.type === 'upload' && typeof node.value?.caption === 'string') parts.push(node.value.caption)
    if (Array.isArray(node.children)) node.children.forEach(walk)
    if (BLOCKS.has(String(node.type))) parts.push('\n')
  }
  walk((doc as { root?: unknown } | null)?.root)
  return parts.join('').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim()
}
