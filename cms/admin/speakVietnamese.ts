import type { Field, LabelFunction, SanitizedConfig } from 'payload'
import { deepMergeSimple } from '@payloadcms/translations/utilities'

import { VIETNAMESE_OVERRIDES } from './translations'

type Labels = { singular?: unknown; plural?: unknown }
type PerLanguage = Record<string, string>

const isPerLanguage = (label: unknown): label is PerLanguage =>
  typeof label === 'object' &&
  label !== null &&
  !Array.isArray(label) &&
  Object.values(label).every((text) => typeof text === 'string')

/**
 * `{ vi, en }` becomes a function of the reader's language. Payload's client config keeps label
 * objects as they are, and several of its screens put them straight into a sentence: "Tạo mới
 * [object Object]" on the dashboard, "Sắp xếp theo [object Object]" on every column. A function is
 * called on the server for the user's language, so the client only ever receives text.
 */
const perLanguage =
  (label: PerLanguage): LabelFunction =>
  ({ i18n }) =>
    label[i18n.language] ?? label.vi ?? Object.values(label)[0]

function resolveLabels(labels: Labels | undefined) {
  if (!labels) return
  if (isPerLanguage(labels.singular)) labels.singular = perLanguage(labels.singular)
  if (isPerLanguage(labels.plural)) labels.plural = perLanguage(labels.plural)
}

/** What a timezone column is called next to its date: "Ngày xuất bản: múi giờ". */
const timezoneLabel =
  (dateLabel: unknown): LabelFunction =>
  ({ i18n }) => {
    const date = isPerLanguage(dateLabel)
      ? (dateLabel[i18n.language] ?? dateLabel.vi)
      : String(dateLabel ?? '')
    return i18n.language === 'vi' ? `${date}: múi giờ` : `${date}: time zone`
  }

function speakFields(fields: Field[]) {
  for (const field of fields) {
    const dateLabel = 'label' in field ? field.label : undefined
    // Every kind of field takes a label function; the union of their types does not say so.
    if ('label' in field && isPerLanguage(field.label))
      (field as { label: unknown }).label = perLanguage(field.label)
    if ('labels' in field) resolveLabels(field.labels)
    if (field.type === 'ui') {
      // A ui field shows something on the edit screen; it has no value for a column or a filter.
      field.admin = { ...field.admin, disableListColumn: true }
    }
    if (field.type === 'date' && field.timezone && 'name' in field) {
      // Payload adds "<name>_tz" after the date, labelled from the field name ("Published At_tz").
      // There is one time zone here: nothing to show in a list or filter by.
      const zone = fields.find((other) => 'name' in other && other.name === `${field.name}_tz`)
      if (zone && zone.type === 'select') {
        zone.label = timezoneLabel(dateLabel)
        zone.admin = {
          ...zone.admin,
          disableListColumn: true,
          disableListFilter: true,
          disableGroupBy: true,
        }
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) speakFields(field.fields)
    if (field.type === 'tabs') for (const tab of field.tabs) speakFields(tab.fields)
  }
}

/**
 * The admin in Vietnamese throughout, applied to the sanitised config (after Lexical has merged its
 * own translations): our wording over Payload's, labels given per language turned into text, the
 * raw "API" tab hidden, and fields Payload generates labelled or kept out of lists. What Payload
 * and its libraries hard-code in English in the browser is translated by
 * components/ScreenReaderLabels.tsx.
 */
export function speakVietnamese(config: SanitizedConfig): SanitizedConfig {
  config.i18n.translations = deepMergeSimple(config.i18n.translations ?? {}, VIETNAMESE_OVERRIDES)
  for (const collection of config.collections) {
    resolveLabels(collection.labels)
    // The "API" tab shows a document as raw JSON: nothing a press officer needs, in English.
    collection.admin.hideAPIURL = true
    speakFields(collection.fields)
  }
  return config
}
