import { describe, expect, test } from 'vitest'

import { slugify } from '../../content-types/slugify'
import { fillSlugFrom, slugField, validateSlug } from '../../cms/fields/slug'

describe('slugify', () => {
  test('transliterates Vietnamese', () => {
    expect(slugify('Đảm bảo giữ vững quốc phòng, an ninh')).toBe('dam-bao-giu-vung-quoc-phong-an-ninh')
    expect(slugify('Phong trào “Toàn dân bảo vệ ANTQ” năm 2024')).toBe('phong-trao-toan-dan-bao-ve-antq-nam-2024')
  })
  test('treats decomposed and precomposed input alike', () => {
    const text = 'Công an tỉnh Bắc Kạn'
    expect(slugify(text.normalize('NFD'))).toBe(slugify(text.normalize('NFC')))
    expect(slugify(text)).toBe('cong-an-tinh-bac-kan')
  })
  test('cuts long titles on a word boundary', () => {
    const slug = slugify('Hội nghị tổng kết công tác bảo đảm an ninh trật tự '.repeat(5), 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug).toBe('hoi-nghi-tong-ket-cong-tac-bao-dam-an')
  })
  test('returns empty for text with no letters or digits', () => {
    expect(slugify('— … !!')).toBe('')
  })
})

describe('slugField', () => {
  test('fills from the source field when empty and keeps a typed slug', () => {
    const hook = fillSlugFrom('title')
    const args = (value: unknown, data: object) => ({ value, data, originalDoc: {} }) as never
    expect(hook(args('', { title: 'An ninh mạng' }))).toBe('an-ninh-mang')
    expect(hook(args('Tự Đặt', { title: 'An ninh mạng' }))).toBe('tu-dat')
  })
  test('validates the pattern with a Vietnamese message', () => {
    expect(validateSlug('an-ninh')).toBe(true)
    expect(validateSlug('An Ninh')).toMatch(/chữ thường không dấu/)
  })
  test('overrides replace options and keep the generating hook first', () => {
    const extra = () => 'x'
    const field = slugField('name', { unique: false, admin: { position: undefined }, hooks: { beforeValidate: [extra] } })
    expect(field.unique).toBe(false)
    expect(field.admin?.position).toBeUndefined()
    expect(field.hooks?.beforeValidate).toHaveLength(2)
    expect(field.hooks?.beforeValidate?.[1]).toBe(extra)
  })
})
