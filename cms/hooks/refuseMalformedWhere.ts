import {
  APIError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type SanitizedConfig,
} from 'payload'

/** What a filter path ends on, as far as the values it can be compared with are concerned. */
type Target = { kind: 'id'; numeric: boolean } | { kind: 'date' | 'richText' | 'point' | 'other' }

const GEO = new Set(['near', 'within', 'intersects'])
const LISTS = new Set(['in', 'not_in', 'all'])
const MAX_NESTING = 20

const refuse = (message: string) => new APIError(`Bộ lọc không hợp lệ: ${message}`, 400)
const shown = (value: unknown) => JSON.stringify(String(value).slice(0, 40))

// Custom text ids are declared as an `id` field of type text.
const hasTextIds = (fields: FlattenedField[]) =>
  fields.some((f) => 'name' in f && f.name === 'id' && f.type === 'text')

const hasNumericIds = (
  config: SanitizedConfig,
  slugs: string | string[],
  numericDb: boolean,
): boolean =>
  numericDb &&
  [slugs]
    .flat()
    .every(
      (slug) => !hasTextIds(config.collections.find((c) => c.slug === slug)?.flattenedFields ?? []),
    )

/** Follows `category.name`, `seo.metaTitle`, `version.title` through groups and single relations. */
function targetOf(
  config: SanitizedConfig,
  fields: FlattenedField[],
  path: string[],
  numericDb: boolean,
): Target | null {
  const [name, ...rest] = path
  if (name === 'id' && rest.length === 0) return { kind: 'id', numeric: numericDb }
  const field = fields.find((f) => 'name' in f && f.name === name)
  if (!field) return null // Payload answers an unknown path itself (400 QueryError).
  if (field.type === 'richText') return { kind: 'richText' }
  if (field.type === 'relationship' || field.type === 'upload') {
    const numeric = hasNumericIds(config, field.relationTo, numericDb)
    if (rest.length === 0 || (Array.isArray(field.relationTo) && rest.join('.') === 'value'))
      return { kind: 'id', numeric }
    if (Array.isArray(field.relationTo)) return null
    const related = config.collections.find((c) => c.slug === field.relationTo)
    return related ? targetOf(config, related.flattenedFields, rest, numericDb) : null
  }
  if (
    (field.type === 'group' || field.type === 'tab' || field.type === 'array') &&
    rest.length > 0
  ) {
    return targetOf(config, field.flattenedFields, rest, numericDb)
  }
  if (rest.length > 0) return null
  if (field.type === 'date' || field.type === 'point') return { kind: field.type }
  return { kind: 'other' }
}

// Payload reads "null" as null, and "" as no value; anything else must be what the column holds.
const isBlank = (value: unknown) => value === null || value === '' || value === 'null'
const isId = (value: unknown) =>
  typeof value === 'number' ? Number.isSafeInteger(value) : /^\d{1,15}$/.test(String(value))
const isDate = (value: unknown) =>
  typeof value === 'number' || !Number.isNaN(new Date(String(value)).getTime())

function checkCondition(
  path: string,
  operator: string,
  value: unknown,
  target: Target | null,
): void {
  if (GEO.has(operator) && target?.kind !== 'point') {
    throw refuse(`toán tử "${operator}" chỉ dùng cho tọa độ; "${path}" không phải là tọa độ.`)
  }
  if (operator === 'exists' || GEO.has(operator)) return
  const list =
    LISTS.has(operator) ||
    (target?.kind === 'id' && (operator === 'equals' || operator === 'not_equals'))
  if (value !== null && typeof value === 'object' && !(Array.isArray(value) && list)) {
    throw refuse(
      `"${path}" với "${operator}" cần một giá trị (chữ hoặc số), không phải một danh sách hay đối tượng.`,
    )
  }
  const values = Array.isArray(value)
    ? value
    : LISTS.has(operator) && typeof value === 'string'
      ? value.split(',')
      : [value]
  for (const item of values) {
    if (item !== null && typeof item === 'object')
      throw refuse(`"${path}" chỉ nhận danh sách chữ hoặc số.`)
    if (isBlank(item)) continue
    if (target?.kind === 'id' && target.numeric && !isId(item)) {
      throw refuse(
        `"${path}" là mã tài liệu (số nguyên dương, ví dụ 42), không phải ${shown(item)}.`,
      )
    }
    if (target?.kind === 'date' && !isDate(item)) {
      throw refuse(`"${path}" là ngày giờ (ví dụ 2026-01-31), không phải ${shown(item)}.`)
    }
  }
}

type Where = Record<string, unknown>

function checkWhere(
  where: unknown,
  resolve: (path: string) => Target | null,
  nesting: number,
): void {
  if (nesting > MAX_NESTING) throw refuse(`lồng "and"/"or" quá ${MAX_NESTING} tầng.`)
  if (!where || typeof where !== 'object' || Array.isArray(where)) {
    throw refuse('"where" phải là các điều kiện theo trường, ví dụ where[category][equals]=3.')
  }
  for (const [path, condition] of Object.entries(where as Where)) {
    if (path === 'and' || path === 'or') {
      if (condition && typeof condition === 'object')
        for (const part of Object.values(condition)) checkWhere(part, resolve, nesting + 1)
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) continue // Payload's QueryError.
    const target = resolve(path)
    if (target?.kind === 'richText' && path.includes('.'))
      throw refuse(`không lọc được bên trong nội dung "${path}".`)
    for (const [operator, value] of Object.entries(condition as Where))
      checkCondition(path, operator, value, target)
  }
}

/**
 * A filter value the database cannot compare (`where[id][in]=abc`, `where[category][equals]=x`, a
 * date that is no date, an object where one value goes) reached SQLite and failed: a 500 with a
 * stack in the log. Such a filter is refused with 400 and says what the field holds, as Payload
 * already does for a path it cannot query; an empty page would hide the caller's mistake (a site
 * build filtering by a slug instead of an id would publish empty pages). REST only, any req.context.
 */
export const refuseMalformedWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { where } = args as { where?: unknown }
  if (req.payloadAPI !== 'REST' || where === undefined || where === null) return args
  const { config } = req.payload
  const ownIds =
    !hasTextIds(collection.flattenedFields) && req.payload.db.defaultIDType === 'number'
  // Versions are read with the same hook operation ('read'); their paths are `parent` and
  // `version.<field>`, tried when the path is no field of the collection itself.
  const resolve = (path: string): Target | null => {
    const segments = path.split('.')
    const own = targetOf(config, collection.flattenedFields, segments, ownIds)
    if (own) return own
    if (path === 'parent') return { kind: 'id', numeric: ownIds }
    return segments[0] === 'version'
      ? targetOf(config, collection.flattenedFields, segments.slice(1), ownIds)
      : null
  }
  checkWhere(where, resolve, 0)
  return args
}
