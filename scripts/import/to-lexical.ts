import { createHash } from 'node:crypto'

import type { Id } from '@bantin/content-types/id'
import { lexicalRoot, type LexicalRoot, paragraphNode } from '@bantin/content-types/lexical'

import type { Block } from './parse-legacy-article'

/**
 * Version-3 upload nodes carry their own id (the admin keys the node's drawer on it). It is
 * derived from the import key and position, so re-importing a file yields the same body.
 */
function uploadNode(mediaId: Id, nodeKey: string) {
  const id = createHash('sha1').update(nodeKey).digest('hex').slice(0, 24)
  return {
    type: 'upload',
    relationTo: 'media',
    value: mediaId,
    fields: null,
    format: '',
    id,
    version: 3,
  }
}

/**
 * The article body as Lexical JSON: one paragraph node per paragraph block, and an upload node
 * where each caption stood, pointing at the media record made for it (`mediaIds`, in order).
 */
export function toLexical(blocks: Block[], mediaIds: Id[], key: string): LexicalRoot {
  let caption = 0
  const children = blocks.map((block) => {
    if (block.type === 'paragraph') return paragraphNode(block.text)
    const id = mediaIds[caption]
    if (id === undefined) throw new Error(`no media record for caption ${caption + 1}`)
    return uploadNode(id, `${key}#${caption++}`)
  })
  return lexicalRoot(children)
}
