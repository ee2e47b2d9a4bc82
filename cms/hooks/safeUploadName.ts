import type { CollectionBeforeOperationHook } from 'payload'

import { slugify } from '@bantin/content-types/slugify'

const EXTENSION_OF: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
}

/**
 * "IMG_2024 (1).JPG" → "img-2024-1.jpg". Phones and Windows name files with spaces, brackets,
 * accents, "#" and "?"; each of those needs escaping in a URL, and the site's image paths, feeds
 * and sitemap must not depend on every place getting that right. Only a-z, 0-9 and "-" remain, so
 * right-to-left overrides ("anh\u202Egpj.exe" shown as "anhexe.jpg"), invisible and control
 * characters and a leading dot (".htaccess", which the live-site server refuses) cannot. The
 * extension is the one of the type read from the bytes (stripImageMetadata sets it): a JPEG named
 * "trang.html" would otherwise be served as a page by any server that goes by the name. A name
 * with no letter or digit becomes "anh"; Payload then appends -1, -2… to keep names unique.
 */
export function safeFileName(name: string, mimeType?: string): string {
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  const typed = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  const extension =
    (mimeType && EXTENSION_OF[mimeType]) || (/^[a-z0-9]{1,5}$/.test(typed) ? typed : '')
  const base = slugify(stem, 80) || (mimeType === 'application/pdf' ? 'van-ban' : 'anh')
  return extension ? `${base}.${extension}` : base
}

/**
 * Renames the uploaded file before Payload stores it, so the variants' names derive from it too.
 * Runs after stripImageMetadata, which sets the type from the bytes.
 */
export const safeUploadName: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name) {
    req.file.name = safeFileName(req.file.name, req.file.mimetype)
  }
  return args
}
