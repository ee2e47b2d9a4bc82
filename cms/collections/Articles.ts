import { type CollectionConfig, type DateFieldValidation, validations } from 'payload'

import { canUpdateUnsubmittedArticle } from '../access/canUpdateUnsubmittedArticle'
import { isEditorField } from '../access/isEditorField'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { createdByField } from '../fields/createdBy'
import { DAY_AND_TIME, vietnamTimezone } from '../fields/dates'
import { legacyUrlField } from '../fields/legacyUrl'
import { requiredToPublish } from '../fields/requiredToPublish'
import { reviewFields } from '../fields/review'
import { seoFields } from '../fields/seo'
import { shownImagesField } from '../fields/shownImages'
import { requireSlug, slugField } from '../fields/slug'
import { tagsField } from '../fields/tags'
import { applyReviewTransition } from '../hooks/applyReviewTransition'
import { auditArticleChange } from '../hooks/auditArticleChange'
import { auditArticleDelete } from '../hooks/auditArticleDelete'
import { checkBodyDepth } from '../hooks/checkBodyDepth'
import { checkReferencesExist, type Reference } from '../hooks/checkReferencesExist'
import { cleanText } from '../hooks/cleanText'
import { normalizeText } from '../hooks/normalizeText'
import { markDraftSave } from '../hooks/markDraftSave'
import { mirrorReviewState } from '../hooks/mirrorReviewState'
import { notifyArticleChange } from '../hooks/notifyArticleChange'
import { refreshVisibilityOnArticleChange } from '../hooks/refreshVisibilityOnArticleChange'
import { refreshVisibilityOnArticleDelete } from '../hooks/refreshVisibilityOnArticleDelete'
import { refuseWhileSubmitted } from '../hooks/refuseWhileSubmitted'
import { rememberPublicState } from '../hooks/rememberPublicState'
import { rememberShownBefore } from '../hooks/rememberShownBefore'
import { requestRebuildOnArticleChange } from '../hooks/requestRebuildOnArticleChange'
import { requestRebuildOnArticleDelete } from '../hooks/requestRebuildOnArticleDelete'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { publishable, publishableWriters } from './publishable'

/** A warning leaves the home page on its end date, so a published warning must have one. */
const requireWarningEnd: DateFieldValidation = requiredToPublish((value, { siblingData }) =>
  (siblingData as { isWarning?: boolean }).isWarning !== true || value
    ? true
    : 'Bài cảnh báo cần ngày kết thúc: chọn "Cảnh báo đến ngày" (dải cảnh báo ở trang chủ tự ẩn sau ngày đó).',
)

// Headlines run to about 150 characters; beyond this it is a pasted paragraph, not a title.
const MAX_TITLE_LENGTH = 250

const REFERENCES: Reference[] = [
  { path: 'heroImage', collection: 'media', label: 'Ảnh đại diện' },
  { path: 'seo.image', collection: 'media', label: 'Ảnh chia sẻ mạng xã hội' },
  { path: 'category', collection: 'categories', label: 'Chuyên mục' },
  { path: 'authors', collection: 'authors', label: 'Tác giả' },
]

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { vi: 'Bài viết', en: 'Article' },
    plural: { vi: 'Bài viết', en: 'Articles' },
  },
  admin: {
    useAsTitle: 'title',
    // "Xem trước": the latest draft as the public page (endpoints/articlePreview.ts).
    preview: (doc) => (doc?.id ? `/api/preview/articles/${String(doc.id)}` : null),
    defaultColumns: ['title', 'category', '_status', 'reviewState', 'publishedAt', 'updatedAt'],
    // What editors search by; SQLite indexes these columns for the list (cms/database-indexes.ts).
    // The lead is left out: searching it read every article's row, 0.3–0.8 s at 20,000 articles.
    listSearchableFields: ['title', 'slug'],
    group: { vi: 'Nội dung', en: 'Content' },
    // The list reads only the columns it shows, not ten whole articles with their bodies: half the
    // list query's time at 10,000 articles (docs/database.md, "REST reads").
    enableListViewSelectAPI: true,
    components: { edit: { beforeDocumentControls: ['/components/ReviewActions#ReviewActions'] } },
  },
  access: { read: publishedOrStaff, ...publishableWriters, update: canUpdateUnsubmittedArticle },
  ...publishable,
  versions: {
    ...publishable.versions,
    // Validated drafts are what keeps Payload's create screen from storing an empty article the
    // moment it opens (it does so for autosaved collections unless drafts are validated): the
    // first "Lưu bản nháp" makes the article, autosave keeps it from then on. Required fields
    // wrap their rule in requiredToPublish, so a draft may still be unfinished.
    drafts: { ...publishable.versions.drafts, validate: true },
  },
  hooks: {
    // Depth first: every later step walks the body recursively.
    beforeOperation: [markDraftSave, refuseWhileSubmitted, checkBodyDepth, cleanText],
    beforeValidate: [normalizeText],
    beforeChange: [
      applyReviewTransition,
      setPublishedAt,
      checkReferencesExist(REFERENCES, 'body'),
      rememberPublicState,
      rememberShownBefore,
    ],
    afterChange: [
      refreshVisibilityOnArticleChange,
      requestRebuildOnArticleChange,
      mirrorReviewState,
      auditArticleChange,
      notifyArticleChange,
    ],
    afterDelete: [
      refreshVisibilityOnArticleDelete,
      requestRebuildOnArticleDelete,
      auditArticleDelete,
    ],
  },
  fields: [
    {
      name: 'reviewNotice',
      type: 'ui',
      admin: { components: { Field: '/components/ReviewNotice#ReviewNotice' } },
    },
    {
      name: 'publishProgress',
      type: 'ui',
      admin: { components: { Field: '/components/PublishProgress#PublishProgress' } },
    },
    {
      // Shown only when the last site build set this article aside (see docs/publishing.md).
      name: 'buildProblem',
      type: 'ui',
      admin: { components: { Field: '/components/ArticleBuildProblem#ArticleBuildProblem' } },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: MAX_TITLE_LENGTH,
      validate: requiredToPublish(validations.text),
      label: { vi: 'Tiêu đề', en: 'Title' },
    },
    {
      name: 'lead',
      type: 'textarea',
      required: true,
      validate: requiredToPublish(validations.textarea),
      label: { vi: 'Sapo (đoạn mở đầu)', en: 'Lead' },
      admin: {
        description: { vi: 'Bắt buộc khi xuất bản; in đậm đầu bài.', en: 'Required to publish.' },
      },
    },
    { name: 'body', type: 'richText', label: { vi: 'Nội dung', en: 'Body' } },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh đại diện', en: 'Hero image' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      required: true,
      minRows: 1,
      validate: requiredToPublish(validations.relationship),
      label: { vi: 'Tác giả', en: 'Authors' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      required: true,
      validate: requiredToPublish(validations.relationship),
      label: { vi: 'Chuyên mục', en: 'Category' },
      admin: { position: 'sidebar' },
    },
    tagsField(),
    ...reviewFields(),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { vi: 'Ngày xuất bản', en: 'Published at' },
      // The date readers see and the site sorts by is the editors' call: a reporter's backdated
      // draft would otherwise keep its date through publication.
      access: { create: isEditorField, update: isEditorField },
      timezone: vietnamTimezone(),
      admin: {
        position: 'sidebar',
        date: DAY_AND_TIME,
        description: {
          vi: 'Tự điền khi xuất bản lần đầu.',
          en: 'Set on first publish when empty.',
        },
      },
    },
    {
      name: 'isWarning',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Bài cảnh báo (lừa đảo, tội phạm)', en: 'Warning' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Hiện ở dải cảnh báo đầu trang chủ đến ngày kết thúc.',
          en: 'Shown at the top of the home page until its end date.',
        },
      },
    },
    {
      name: 'warningUntil',
      type: 'date',
      label: { vi: 'Cảnh báo đến ngày', en: 'Warning until' },
      validate: requireWarningEnd,
      timezone: vietnamTimezone(),
      admin: {
        position: 'sidebar',
        condition: (data) => data?.isWarning === true,
        date: DAY_AND_TIME,
      },
    },
    slugField('title', { validate: requiredToPublish(requireSlug('title')) }),
    { name: 'source', type: 'text', label: { vi: 'Nguồn', en: 'Source' } },
    seoFields(),
    shownImagesField(),
    {
      type: 'collapsible',
      label: { vi: 'Dữ liệu từ cổng cũ', en: 'Legacy portal data' },
      admin: { initCollapsed: true },
      fields: [
        legacyUrlField(),
        {
          name: 'legacyViews',
          type: 'number',
          min: 0,
          label: { vi: 'Lượt xem cũ', en: 'Legacy views' },
        },
        {
          name: 'legacyKey',
          type: 'text',
          unique: true,
          index: true,
          label: { vi: 'Mã nhập', en: 'Import key' },
          admin: {
            readOnly: true,
            description: {
              vi: 'Nhập lại cùng tệp sẽ cập nhật bài này.',
              en: 'Re-importing the same file updates this article.',
            },
          },
        },
      ],
    },
    createdByField(),
  ],
}
