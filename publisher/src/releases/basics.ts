import { readFile } from 'node:fs/promises'

/**
 * What every part of the release store shares: the marker's name, the shape of a release id, and
 * which read errors mean "missing". Its own module so that the store and the layer format
 * (layer.ts) can both use it without importing each other.
 */
export const RELEASE_MARKER = '.release.json'
const RELEASE_ID = /^\d{8}-\d{6}-\d{3}$/

export const isReleaseId = (value: string) => RELEASE_ID.test(value)

/** True for "no such file or folder": the one read error that means "missing". */
export const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'

/** The error with the file it concerns, so a log line says what to look at. */
export const readError = (file: string, error: unknown) =>
  new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error })

/**
 * A JSON file of a release checked against `schema`, or null when there is no such file. Any other
 * read error, bad JSON or a shape that does not fit says which file and what it should have been.
 */
export async function readJsonFile<T>(
  file: string,
  schema: {
    safeParse: (
      value: unknown,
    ) => { success: true; data: T } | { success: false; error: { message: string } }
  },
  what: string,
): Promise<T | null> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    if (isMissing(error)) return null
    throw readError(file, error)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new Error(`${file} is not ${what}: ${parsed.error.message}`)
  return parsed.data
}
