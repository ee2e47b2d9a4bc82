export {
  type Article,
  articleSchema,
  isoDate,
  MAX_RICH_TEXT_DEPTH,
  richTextSchema,
  textOfTree,
} from './article'
export { type Author, authorSchema } from './author'
export { type Category, categorySchema } from './category'
export { DROP, type FixUp, repaired, tolerate, withFixUps } from './fix-ups'
export { imageVariantSchema, type Media, mediaSchema } from './media'
export { SLUG_PATTERN, slugify } from './slugify'
export { noticeIsCurrent, type WantedNotice, wantedNoticeSchema } from './wanted-notice'
export {
  DOCUMENT_TYPE_NAMES,
  type DocumentType,
  documentSchema,
  type LibraryDocument,
} from './document'
export { type ReceptionEntry, receptionEntrySchema } from './reception-entry'
