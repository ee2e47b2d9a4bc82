import { createHash } from 'node:crypto'
import { copyFile, link, rm, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { slugify } from '@bantin/content-types/slugify'
import type { Id } from '@bantin/content-types/id'

import type { ImportState } from './import-state'
import { makePlaceholderImage, placeholderHue } from './placeholder-image'

export interface PhotoCaption {
  caption: string
  credit: string | null
}

const context = { skipRebuild: true }

/**
 * The tag in a placeholder's file name that ties it to one caption of one import key, so a run
 * killed after the image was saved but before its article finds and reuses it. It starts with a
 * letter: Payload numbers a taken name by incrementing a trailing number (-1, -2…).
 */
export const placeholderTag = (key: string, slot: number | string) =>
  `k${createHash('sha1').update(`${key}#${slot}`).digest('hex').slice(0, 10)}`

/** The tag in a stored file name, or null for a file the importer did not name. */
export function tagOfFilename(filename: string): string | null {
  return /-(k[0-9a-f]{10})(?:-\d+)?\.[a-z0-9]+$/.exec(filename)?.[1] ?? null
}

const stemOf = (filename: string) => filename.slice(0, filename.lastIndexOf('.'))

/** Hard link (same disk, no copy); a copy where links are not allowed. Replaces a stray file. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    // A run killed between writing the files and the record leaves them without a record.
    if (code === 'EEXIST') {
      await unlink(to)
      return linkOrCopy(from, to)
    }
    if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes(code)) throw error
    await copyFile(from, to)
  }
}

/**
 * A new placeholder record that shows the same picture as `prototype` (a placeholder of the same
 * hue that Payload made earlier in this run): its files linked under the new name, its record
 * the prototype's stored row with the names and the text changed. Encoding the image and its
 * nine variants costs about two seconds on a busy 2-core server; this costs a few milliseconds.
 * The hooks skipped (text cleaning, alt from caption, rebuild request) have nothing to do: the
 * importer's text is already clean, alt is set, and a new placeholder is not on the public site.
 */
async function clonePlaceholder(
  payload: Payload,
  prototype: Record<string, unknown>,
  filename: string,
  text: { caption: string; alt: string; credit: string | null },
): Promise<Id> {
  const dir = payload.collections.media.config.upload.staticDir
  if (!dir) throw new Error('the media collection stores no files on disk (upload.staticDir)')
  const from = stemOf(prototype.filename as string)
  const to = stemOf(filename)
  // Variant names are "<stem>-<width>x<height>.<ext>": the stem is swapped, the rest kept.
  const rename = (value: unknown) =>
    typeof value === 'string' ? value.split(from).join(to) : value
  const sizes = Object.fromEntries(
    Object.entries((prototype.sizes ?? {}) as Record<string, Record<string, unknown>>).map(
      ([name, size]) => [name, { ...size, filename: rename(size.filename), url: rename(size.url) }],
    ),
  )
  const stored = Object.values(prototype.sizes ?? {}) as { filename?: unknown }[]
  const files = new Set([prototype.filename, ...stored.map((size) => size.filename)])
  const linked: string[] = []
  try {
    for (const file of files) {
      if (typeof file !== 'string') continue
      const target = path.join(dir, rename(file) as string)
      await linkOrCopy(path.join(dir, file), target)
      linked.push(target)
    }
  } catch (error) {
    // Half a copy would take the new name on disk, and the image made instead would be renamed.
    await Promise.all(linked.map((file) => rm(file, { force: true })))
    throw error
  }
  const now = new Date().toISOString()
  const doc = await payload.db.create({
    collection: 'media',
    data: {
      ...text,
      placeholder: true,
      isPublic: false,
      filename,
      url: rename(prototype.url),
      thumbnailURL: null,
      mimeType: prototype.mimeType,
      filesize: prototype.filesize,
      width: prototype.width,
      height: prototype.height,
      focalX: prototype.focalX,
      focalY: prototype.focalY,
      sizes,
      createdAt: now,
      updatedAt: now,
    },
  })
  return doc.id as Id
}

interface PlaceholderOptions {
  state: ImportState
  /** placeholderTag of the article's key and the caption's place in it. */
  tag: string
  /** The record the article already shows here: updated in place (a real photo stays). */
  existingId?: Id
}

/**
 * The media record standing in for a photo the export lost: caption and credit are real, the
 * image is a generated placeholder flagged for replacement. A record the article already shows,
 * or one a killed run made for this caption, is reused, its text updated only when it changed.
 */
export async function upsertPlaceholderMedia(
  payload: Payload,
  { caption, credit }: PhotoCaption,
  { state, tag, existingId }: PlaceholderOptions,
): Promise<Id> {
  // Stored the way editors write it ("Ảnh: Thanh Hà"); the parser keeps just the name.
  const text = { caption, alt: caption, credit: credit ? `Ảnh: ${credit}` : null }
  for (const id of [existingId, state.placeholders.get(tag)]) {
    if (id === undefined) continue
    const found = await payload.findByID({
      collection: 'media',
      id,
      depth: 0,
      disableErrors: true,
    })
    if (!found) continue
    if (found.caption !== text.caption || found.alt !== text.alt || found.credit !== text.credit) {
      await payload.update({ collection: 'media', id, data: text, depth: 0, context })
    }
    return id
  }
  const filename = `anh-tam-${slugify(caption, 50) || 'khong-ten'}-${tag}.jpg`
  const hue = placeholderHue(caption)
  const prototype = state.prototypes.get(hue)
  let id: Id | undefined
  if (prototype) {
    id = await clonePlaceholder(payload, prototype, filename, text).catch(
      (error: NodeJS.ErrnoException) => {
        // An editor replaced the prototype's photo meanwhile, which removed its files.
        if (error.code !== 'ENOENT') throw error
        state.prototypes.delete(hue)
        return undefined
      },
    )
  }
  if (id === undefined) {
    const image = await makePlaceholderImage(caption)
    const created = await payload.create({
      collection: 'media',
      data: { ...text, placeholder: true },
      file: { data: image, mimetype: 'image/jpeg', name: filename, size: image.length },
      depth: 0,
      context,
    })
    id = created.id
    // The stored row, not the returned document: the copies must match what Payload saved.
    const row = await payload.db.findOne({ collection: 'media', where: { id: { equals: id } } })
    if (row) state.prototypes.set(hue, row as Record<string, unknown>)
  }
  state.placeholders.set(tag, id)
  return id
}

/** Forgets records deleted after a refused write, so no later placeholder copies their files. */
export function forgetPlaceholders(state: ImportState, ids: Id[]): void {
  const gone = new Set(ids.map(String))
  for (const [hue, row] of state.prototypes) {
    if (gone.has(String(row.id))) state.prototypes.delete(hue)
  }
  for (const [tag, id] of state.placeholders) {
    if (gone.has(String(id))) state.placeholders.delete(tag)
  }
}
