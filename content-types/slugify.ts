/**
 * Vietnamese-aware slug: "Đảm bảo giữ vững quốc phòng, an ninh" → "dam-bao-giu-vung-quoc-phong-an-ninh".
 * Lives here because the CMS makes article slugs and the site makes tag slugs the same way.
 */
/** The longest slug the CMS stores; a numbered one (`-2`) is cut to fit within it too. */
export const SLUG_MAX_LENGTH = 96

export function slugify(input: string, maxLength = SLUG_MAX_LENGTH): string {
  const ascii = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  // Cut on a word boundary so a long title never ends in half a word.
  const cut = slug.slice(0, maxLength + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
