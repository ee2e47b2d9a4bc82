import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * A Lexical tree: `{ root: { children: [...] } }`, where every node's `children`, when it has
 * them, is a list of nodes. Walked with a stack, so any depth is safe (checkBodyDepth bounds it).
 */
function isRichText(value: unknown): boolean {
  if (!isObject(value) || !isObject(value.root) || !Array.isArray(value.root.children)) return false
  const stack: unknown[] = [value.root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!isObject(node)) return false
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return false
    stack.push(...node.children)
  }
  return true
}

/**
 * `body: "abc"` and `{ "root": "x" }` were stored as sent, though only a Lexical tree can be edited
 * or rendered; `children: "x"` failed inside Payload (500). Rich text that is
 * not a Lexical tree is refused with 400 on every save of a top-level rich text field; null
 * clears it. Whatever req.context says: no caller should store a tree nothing can render.
 */
export const checkRichTextShape: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (!isObject(data)) return args
  const errors = collection.flattenedFields
    .filter(
      (field) =>
        field.type === 'richText' && data[field.name] !== undefined && data[field.name] !== null,
    )
    .filter((field) => !isRichText(data[field.name]))
    .map((field) => ({
      path: field.name,
      message:
        'Nội dung không đúng định dạng của trình soạn thảo (cần {"root": {"children": [...]}}). ' +
        'Hãy soạn hoặc dán lại nội dung trong trang quản trị.',
    }))
  if (errors.length > 0) throw new ValidationError({ errors })
  return args
}
