import { mediaSchema } from '@bantin/content-types'
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'

import { pictureOf, renderFigure, renderPicture, socialImageOf } from '../../site/src/lib/images'
import { mediaVersion } from '../../site/src/lib/media-version'

const [lead] = JSON.parse(
  readFileSync(new URL('./fixtures/articles.json', import.meta.url), 'utf8'),
)
const bridge = mediaSchema.parse(lead.heroImage) // 1800×1000: every variant exists
// Every file of the image is published with the image's version before its extension.
const v = mediaVersion(bridge)!
const variant = (w: number, h: number, ext: string) => ({
  width: w,
  height: h,
  filename: `anh-${w}x${h}.${ext}`,
  mimeType: `image/${ext}`,
})

describe('images', () => {
  test('offers every AVIF and WebP width the CMS made, smallest first', () => {
    const picture = pictureOf(bridge)!
    expect(picture.avif.map((f) => f.width)).toEqual([480, 800, 1200, 1600])
    expect(picture.webp.map((f) => f.filename)).toEqual([
      `cau-vuot-480x267.${v}.webp`,
      `cau-vuot-800x444.${v}.webp`,
      `cau-vuot-1200x667.${v}.webp`,
      `cau-vuot-1600x889.${v}.webp`,
    ])
    expect(picture.fallback).toEqual({
      filename: `cau-vuot-800x444.${v}.webp`,
      width: 800,
      height: 444,
    })
  })

  test('lists a file once when the original was too small for the larger widths', () => {
    const small = mediaSchema.parse({
      id: 1,
      caption: 'Ảnh nhỏ',
      alt: 'Ảnh nhỏ',
      sizes: {
        w480_webp: variant(480, 300, 'webp'),
        w800_webp: variant(640, 400, 'webp'),
        w1200_webp: variant(640, 400, 'webp'),
      },
    })
    expect(pictureOf(small)!.webp.map((f) => f.width)).toEqual([480, 640])
  })

  test('marks the hero as the priority image and lazy-loads the others, with explicit size', () => {
    const picture = pictureOf(bridge)!
    expect(renderPicture(picture, { sizes: '100vw', priority: true })).toContain(
      'width="800" height="444" alt="Cầu vượt nút giao phía Bắc thành phố" loading="eager" fetchpriority="high"',
    )
    expect(renderPicture(picture, { sizes: '100vw' })).toContain('loading="lazy" decoding="async"')
    expect(renderPicture({ ...picture, alt: '' }, { sizes: '100vw' })).toContain(' alt=""')
  })

  test('escapes captions and credits in figures', () => {
    const html = renderFigure(
      { ...bridge, caption: 'Cầu <b>mới</b>', credit: 'Ảnh: "A & B"' },
      { sizes: '100vw' },
    )
    expect(html).toContain(
      '<figcaption>Cầu &lt;b&gt;mới&lt;/b&gt; <span class="credit">Ảnh: &quot;A &amp; B&quot;</span></figcaption>',
    )
  })

  test('uses the social JPEG for link previews, else the largest WebP', () => {
    expect(socialImageOf(bridge)).toEqual({
      filename: `cau-vuot-1200x630.${v}.jpg`,
      width: 1200,
      height: 630,
    })
    const noSocial = {
      ...bridge,
      sizes: { ...bridge.sizes, social: { url: null, width: null, height: null } },
    }
    expect(socialImageOf(noSocial)?.filename).toBe(`cau-vuot-1600x889.${v}.webp`)
  })

  test('file names with spaces, parentheses, # and % are kept as stored and encoded in the page', () => {
    const odd = mediaSchema.parse({
      id: 9,
      updatedAt: '2026-12-01T08:00:00.000Z',
      caption: 'Ảnh',
      alt: 'Ảnh',
      filename: 'IMG_2024 (1).jpg',
      width: 800,
      height: 500,
      sizes: { w480_webp: { width: 480, height: 300, filename: 'Giảm 50% #2 (1)-480x300.webp' } },
    })
    const picture = pictureOf(odd)!
    const version = mediaVersion(odd)!
    expect(picture.fallback.filename).toBe(`Giảm 50% #2 (1)-480x300.${version}.webp`)
    expect(renderPicture(picture, { sizes: '100vw' })).toContain(
      `src="/media/Gi%E1%BA%A3m%2050%25%20%232%20(1)-480x300.${version}.webp"`,
    )
  })
})
