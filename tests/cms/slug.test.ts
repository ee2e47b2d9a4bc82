import { describe, expect, test } from 'vitest'

import { slugify } from '../../content-types/slugify'
import { fillSlugFrom, requireSlug, slugField, validateSlug } from '../../cms/fields/slug'

describe('slugify', () => {
  test('transliterates Vietnamese', () => {
    expect(slugify('Đảm bảo giữ vững quốc phòng, an ninh')).toBe(
      'dam-bao-giu-vung-quoc-phong-an-ninh',
    )
    expect(slugify('Phong trào “Toàn dân bảo vệ ANTQ” năm 2024')).toBe(
      'phong-trao-toan-dan-bao-ve-antq-nam-2024',
    )
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
  test('fills from the source field when empty, keeps a typed slug, and is null rather than empty', async () => {
    const hook = fillSlugFrom('title')
    const args = (value: unknown, data: object) => ({ value, data, originalDoc: {} }) as never
    expect(await hook(args('', { title: 'An ninh mạng' }))).toBe('an-ninh-mang')
    expect(await hook(args('Tự Đặt', { title: 'An ninh mạng' }))).toBe('tu-dat')
    expect(await hook(args('!!!', { title: '🎉' }))).toBeNull()
  })
  test('an empty slug is refused naming the field it is made from', () => {
    const validate = requireSlug('byline') as (value: unknown) => true | string
    expect(validate(null)).toBe(
      'Bút danh phải có ít nhất một chữ hoặc số để tạo đường dẫn. Hãy sửa bút danh hoặc nhập đường dẫn (slug).',
    )
    expect(validate('an-ninh')).toBe(true)
  })
  test('validates the pattern with a Vietnamese message', () => {
    expect(validateSlug('an-ninh')).toBe(true)
    expect(validateSlug('An Ninh')).toMatch(/chữ thường không dấu/)
  })
  test('overrides replace options and keep the generating hook first', () => {
    const extra = () => 'x'
    const field = slugField('name', {
      unique: false,
      admin: { position: undefined },
      hooks: { beforeValidate: [extra] },
    })
    expect(field.unique).toBe(false)
    expect(field.admin?.position).toBeUndefined()
    expect(field.hooks?.beforeValidate).toHaveLength(2)
    expect(field.hooks?.beforeValidate?.[1]).toBe(extra)
  })
})
