// Spaces that word processors and web pages leave behind; all of them mean an ordinary space.
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
// Invisible characters that would otherwise split words or break exact comparisons.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
// Stray C0 controls (an old DOS Ctrl-Z, a lone backspace) are never text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g

/**
 * Cleans whitespace and Unicode form only; the words themselves are never changed.
 * NFC first, so that decomposed Vietnamese (e + U+0302 + U+0301) compares equal to 'ế'.
 */
export function cleanLegacyText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
}
