import { readFile, stat } from 'node:fs/promises'

import type { InputFile } from './collect-inputs'
import { decodeLegacyFile, MAX_FILE_BYTES, tooBigError } from './decode-text'
import { parseLegacyArticle, type ParsedArticle } from './parse-legacy-article'

/** Reads, decodes and parses one export; any reason it cannot be read comes back as `error`. */
export async function readLegacyFile(
  file: InputFile,
): Promise<{ parsed: ParsedArticle } | { error: string }> {
  try {
    const { size } = await stat(file.path)
    if (size > MAX_FILE_BYTES) return { error: tooBigError(file.display, size) }
    const decoded = decodeLegacyFile(await readFile(file.path), file.display)
    if ('error' in decoded) return decoded
    return { parsed: parseLegacyArticle(decoded.text, file.display) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return { error: `Không đọc được tệp “${file.display}” (${code}).` }
  }
}
