import type { CollectionBeforeOperationHook, Field } from 'payload'

// XML 1.0 forbids C0/C1 control characters: one pasted into a title breaks the RSS feed and the
// sitemap. Zero-width and direction marks are invisible in the editor but change what readers,
// slugs and search see. Tab, line feed and carriage return stay.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g

// Half an emoji (a lone surrogate, e.g. from text cut mid-character) cannot be written as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Removes characters no page should carry; a lone surrogate becomes U+FFFD. */
export const stripInvisible = (text: string) =>
  text.replace(LONE_SURROGATE, '\ufffd').replace(INVISIBLE, '')

/** One-line fields: any run of whitespace (a pasted line break too) is one space. */
export const cleanLine = (text: string) => stripInvisible(text).replace(/\s+/g, ' ').trim()

/** Multi-line fields keep their line breaks; only the ends are trimmed. */
export const cleanParagraphs = (text: string) =>
  stripInvisible(text)
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[^\S\n]+\n/g, '\n')
    .trim()

/** Rich text keeps its spaces (they separate differently formatted runs); only the characters go. */
function cleanTree(value: unknown): unknown {
  if (typeof value === 'string') return stripInvisible(value)
  if (Array.isArray(value)) return value.map(cleanTree)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanTree(v)]))
  }
  return value
}

function cleanFields(fields: Field[], data: Record<string, unknown>): void {
  for (const field of fields) {
    if (!('name' in field)) {
      if ('fields' in field) cleanFields(field.fields, data)
      if (field.type === 'tabs') for (const tab of field.tabs) cleanFields(tab.fields, data)
      continue
    }
    const value = data[field.name]
    if (value === undefined || value === null) continue
    if (field.type === 'group' && typeof value === 'object')
      cleanFields(field.fields, value as Record<string, unknown>)
    else if (field.type === 'text' && Array.isArray(value)) {
      data[field.name] = value
        .map((v) => (typeof v === 'string' ? cleanLine(v) : v))
        .filter((v) => v !== '')
    } else if (field.type === 'text' && typeof value === 'string')
      data[field.name] = cleanLine(value)
    else if (field.type === 'textarea' && typeof value === 'string')
      data[field.name] = cleanParagraphs(value)
    else if (field.type === 'richText') data[field.name] = cleanTree(value)
  }
}

/**
 * Text pasted from Word, phones and old portals carries characters that cannot be seen and titles
 * of only spaces. Cleaning before anything else runs means the slug, the required checks and the
 * stored text all see what a reader would see.
 */
export const cleanText: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (
    (operation === 'create' || operation === 'update') &&
    args.data &&
    typeof args.data === 'object'
  ) {
    cleanFields(collection.fields, args.data)
  }
  return args
}
