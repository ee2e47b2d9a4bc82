/**
 * Portals wrap long captions onto a second line. Two lines are one caption when both are
 * caption-like (`isCaptionLike`: short, no finished sentence) and the first cannot end there: the second starts in lower case, or the
 * first ends on a comma or a word that needs a continuation ("tại", "của"…). Nothing else is
 * joined, so a caption followed by a subheading stays two lines.
 */
const CONNECTIVES = new Set([
  'tại',
  'của',
  'và',
  'với',
  'trong',
  'cho',
  'về',
  'từ',
  'đến',
  'trên',
  'dưới',
  'là',
  'các',
  'những',
  'được',
  'bị',
  'để',
  'theo',
  'khi',
  'ở',
  'cùng',
  'thăm',
  'dự',
])
const CREDIT = /^\(?\s*Ảnh\s*:/i

function continues(first: string, second: string): boolean {
  // The same words twice are the alt text and the caption of one photo, not a wrap.
  if (first === second || CREDIT.test(second)) return false
  if (/^\p{Ll}/u.test(second)) return true
  const lastWord = first.split(' ').at(-1)!.toLowerCase()
  return first.endsWith(',') || CONNECTIVES.has(lastWord)
}

export function joinWrappedCaptions(
  units: string[],
  isCaptionLike: (unit: string) => boolean,
): string[] {
  const joined: string[] = []
  for (const unit of units) {
    const previous = joined.at(-1)
    const together = previous === undefined ? '' : `${previous} ${unit}`
    const bothShort = previous !== undefined && isCaptionLike(previous) && isCaptionLike(unit)
    if (bothShort && together.length <= 250 && continues(previous, unit)) {
      joined[joined.length - 1] = together
    } else joined.push(unit)
  }
  return joined
}
