/**
 * Vietnamese without tone and vowel marks, lower case: "Bảo vệ an ninh Tổ quốc" → "bao ve an ninh to quoc".
 * The search index holds folded text and the search box folds the query the same way, so a
 * reader finds an article whether or not they type the marks. đ is a letter of its own, not a
 * d with a combining mark, so Unicode decomposition alone would keep it.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
}
