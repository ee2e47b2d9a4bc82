import type { CollectionBeforeValidateHook } from 'payload'

/** TCVN 6909 asks for precomposed (NFC) Vietnamese; pasted text is often decomposed (NFD). */
export function toNFC<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map(toNFC) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNFC(v)])) as T
  }
  return value
}

export const normalizeText: CollectionBeforeValidateHook = ({ data }) => (data ? toNFC(data) : data)
