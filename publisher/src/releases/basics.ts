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
