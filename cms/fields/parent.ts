import { type RelationshipFieldSingleValidation, validations } from 'payload'

import type { Id } from '@bantin/content-types/id'

const MAX_DEPTH = 50

const idOf = (v: unknown): Id | null =>
  typeof v === 'number' || typeof v === 'string'
    ? v
    : v && typeof v === 'object'
      ? ((v as { id?: Id }).id ?? null)
      : null

/**
 * A section cannot sit under itself, directly or through its children: the site walks parents
 * to print breadcrumbs and would never stop.
 */
export const validateNoParentLoop: RelationshipFieldSingleValidation = async (value, options) => {
  const { id, req } = options
  let current = idOf(value)
  if (current === null || id === undefined) return validations.relationship(value, options)
  for (let step = 0; current !== null && step < MAX_DEPTH; step++) {
    if (String(current) === String(id)) {
      return 'Chuyên mục cha không hợp lệ: chuyên mục này đang là cha (hoặc tổ tiên) của chuyên mục được chọn, sẽ tạo vòng lặp. Hãy chọn chuyên mục khác.'
    }
    const parent = await req.payload.findByID({
      collection: 'categories',
      id: current,
      depth: 0,
      select: { parent: true },
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    current = idOf(parent?.parent)
  }
  return validations.relationship(value, options)
}
