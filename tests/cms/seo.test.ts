import { describe, expect, test } from 'vitest'

import { seoFields } from '../../cms/fields/seo'

describe('seoFields', () => {
  test('gives meta title, description and a social image', () => {
    const names = seoFields().fields.map((f) => ('name' in f ? f.name : null))
    expect(names).toEqual(['metaTitle', 'metaDescription', 'image'])
  })
  test('overrides rename the group and append fields', () => {
    const group = seoFields({ name: 'meta', fields: [{ name: 'noIndex', type: 'checkbox' }] })
    expect(group.name).toBe('meta')
    expect(group.fields.map((f) => ('name' in f ? f.name : null))).toEqual([
      'metaTitle',
      'metaDescription',
      'image',
      'noIndex',
    ])
  })
})
