const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * A link target the site will print, or null. Browsers ignore control characters and whitespace
 * inside a scheme ("java\tscript:"), so those are removed before the scheme is judged; relative
 * links stay relative. javascript:, data:, vbscript: and every other scheme are refused.
 * Browsers also read a backslash as a slash, so "/\evil.example" opens //evil.example, another
 * host: a path counts as the site's own only if it starts with one slash of either kind, not two.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (!url) return null
  if (url.startsWith('#')) return url
  if (/^[/\\]/.test(url)) return /^[/\\]{2}/.test(url) ? null : url
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : null
}
