/** Lexical's text format bits, innermost first when wrapping. */
const FORMATS: Array<[bit: number, tag: string]> = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
]

export function wrapFormatted(html: string, format: unknown): string {
  if (typeof format !== 'number' || format <= 0) return html
  return FORMATS.reduce(
    (inner, [bit, tag]) => (format & bit ? `<${tag}>${inner}</${tag}>` : inner),
    html,
  )
}
