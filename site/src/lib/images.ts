import type { Media } from '@bantin/content-types'

import { escapeHtml, renderAttributes } from './html'
import { mediaVersion, versionedName } from './media-version'
import { mediaPath } from './urls'

type Variant = NonNullable<Media['sizes']>[string]

interface SizedFile {
  /** The name on the site, with the image's version (lib/media-version.ts). */
  filename: string
  width: number
  height: number
}

interface Picture {
  avif: SizedFile[]
  webp: SizedFile[]
  /** The <img> fallback: a mid-size WebP, or the original when no variant exists. */
  fallback: SizedFile
  alt: string
}

const FALLBACK_WIDTH = 800

/** The last segment of a URL path, decoded; null when it is not valid percent-encoding. */
function lastSegment(url: string | null | undefined): string | null {
  const segment = url?.split(/[?#]/)[0]!.split('/').pop()
  if (!segment) return null
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

function fileOf(variant: Variant | undefined, version: string | null): SizedFile | null {
  if (!variant?.width || !variant.height) return null
  // `filename` is the name on disk as is ("IMG_2024 (1).jpg", "50%.jpg"); only the URL is encoded.
  const filename = variant.filename || lastSegment(variant.url)
  return filename
    ? { filename: versionedName(filename, version), width: variant.width, height: variant.height }
    : null
}

/** The variants of one format, smallest first; variants capped at the original size repeat a file. */
function variantsOf(media: Media, format: 'avif' | 'webp'): SizedFile[] {
  const version = mediaVersion(media)
  const files = Object.entries(media.sizes ?? {})
    .filter(([name]) => name.startsWith('w') && name.endsWith(`_${format}`))
    .map(([, variant]) => fileOf(variant, version))
    .filter((file): file is SizedFile => file !== null)
    .sort((a, b) => a.width - b.width)
  return files.filter((file, i) => files.findIndex((f) => f.filename === file.filename) === i)
}

// Every article's images are looked at several times a build (files to fetch, page, cards).
const pictures = new WeakMap<Media, Picture | null>()

/** Picks the variants the CMS made at upload; the site never encodes an image itself. */
export function pictureOf(media: Media): Picture | null {
  let picture = pictures.get(media)
  if (picture === undefined) pictures.set(media, (picture = choosePicture(media)))
  return picture
}

function choosePicture(media: Media): Picture | null {
  const avif = variantsOf(media, 'avif')
  const webp = variantsOf(media, 'webp')
  const original = fileOf(
    { filename: media.filename, url: media.url, width: media.width, height: media.height },
    mediaVersion(media),
  )
  const fallback = webp.find((f) => f.width >= FALLBACK_WIDTH) ?? webp.at(-1) ?? original
  if (!fallback) return null
  return { avif, webp, fallback, alt: media.alt || media.caption }
}

/** The JPEG made for Facebook/Zalo cards, else the largest WebP. */
export function socialImageOf(media: Media): SizedFile | null {
  return (
    fileOf(media.sizes?.social, mediaVersion(media)) ?? variantsOf(media, 'webp').at(-1) ?? null
  )
}

const srcset = (files: SizedFile[]) =>
  files.map((f) => `${mediaPath(f.filename)} ${f.width}w`).join(', ')

interface PictureOptions {
  /** CSS width the image takes, for the browser to pick a variant. */
  sizes: string
  /** The one image that paints first (hero, lead story): loaded eagerly with high priority. */
  priority?: boolean
  className?: string
}

/** <picture> with AVIF and WebP candidates and explicit dimensions, so nothing shifts while loading. */
export function renderPicture(
  picture: Picture,
  { sizes, priority = false, className }: PictureOptions,
): string {
  const { fallback } = picture
  const source = (type: string, files: SizedFile[]) =>
    files.length ? `<source${renderAttributes({ type, srcset: srcset(files), sizes })}>` : ''
  const img = `<img${renderAttributes({
    src: mediaPath(fallback.filename),
    srcset: picture.webp.length ? srcset(picture.webp) : undefined,
    sizes: picture.webp.length ? sizes : undefined,
    width: fallback.width,
    height: fallback.height,
    alt: picture.alt,
    loading: priority ? 'eager' : 'lazy',
    fetchpriority: priority ? 'high' : undefined,
    decoding: priority ? undefined : 'async',
  })}>`
  return `<picture${renderAttributes({ class: className })}>${source('image/avif', picture.avif)}${img}</picture>`
}

/** A figure with its caption and credit, as printed in the paper. */
export function renderFigure(media: Media, options: PictureOptions): string {
  const picture = pictureOf(media)
  if (!picture) return ''
  const credit = media.credit ? ` <span class="credit">${escapeHtml(media.credit)}</span>` : ''
  const caption =
    media.caption || media.credit
      ? `<figcaption>${escapeHtml(media.caption)}${credit}</figcaption>`
      : ''
  return `<figure class="figure">${renderPicture(picture, options)}${caption}</figure>`
}

/** Every file a rendered picture of `media` points at (srcset candidates and fallback). */
export function pictureFiles(media: Media): string[] {
  const picture = pictureOf(media)
  return picture
    ? [...picture.avif, ...picture.webp, picture.fallback].map((file) => file.filename)
    : []
}
