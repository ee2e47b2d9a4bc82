import type { CollectionConfig, ImageSize, SelectType } from 'payload'

import { isEditor } from '../access/isEditor'
import { nobody } from '../access/nobody'
import { isStaff } from '../access/isStaff'
import { publicMediaOrStaff } from '../access/publicMediaOrStaff'
import { captionField, NOTICE_PHOTO_FIELD } from '../fields/caption'
import { checkImageLimits } from '../hooks/checkImageLimits'
import { cleanText } from '../hooks/cleanText'
import { defaultAltFromCaption } from '../hooks/defaultAltFromCaption'
import { fileUrlsOnRequestOrigin } from '../hooks/fileUrlsOnRequestOrigin'
import { normalizeText } from '../hooks/normalizeText'
import { refuseDeleteWhileLive } from '../hooks/refuseDeleteWhileLive'
import { requestRebuildOnShownChange } from '../hooks/requestRebuildOnShownChange'
import { requestRebuildOnShownDelete } from '../hooks/requestRebuildOnShownDelete'
import { safeUploadName } from '../hooks/safeUploadName'
import { stripImageMetadata } from '../hooks/stripImageMetadata'
import { settings } from '../settings'

// What public pages print of an image; other edits (e.g. the placeholder flag) need no rebuild.
const SHOWN_FIELDS = ['caption', 'alt', 'credit', 'filename', 'focalX', 'focalY']
const shownPublicly = (doc: Record<string, unknown>) => doc.isPublic === true

const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const
const IMAGE_FORMATS = ['webp', 'avif'] as const

const HIDDEN_FROM_LISTS = { disableListColumn: true, disableListFilter: true, disableGroupBy: true }

// Every variant the site may ask for is made once, here, so a site build never encodes an image.
const responsiveSizes: ImageSize[] = IMAGE_WIDTHS.flatMap((width) =>
  IMAGE_FORMATS.map((format) => ({
    name: `w${width}_${format}`,
    width,
    // Variants are the site's business: no column, filter or grouping of their sizes in the admin.
    admin: HIDDEN_FROM_LISTS,
    withoutEnlargement: true,
    formatOptions: {
      format,
      options: format === 'avif' ? { quality: 55, effort: 2 } : { quality: 78 },
    },
  })),
)

const SIZE_NAMES = [...responsiveSizes.map((size) => size.name), 'social']
// A variant's URL is the media folder plus its file name; making it runs a hook per variant.
const VARIANT_FIELDS = { filename: true, width: true, height: true, mimeType: true } as const

/**
 * What an image embedded in another document (an article at depth 1, an upload node in a body)
 * carries: what public pages print (site/src/lib/images.ts) and its two flags. Left out: the admin
 * thumbnail and the variants' URLs, each made by a hook, and byte sizes. Payload reads every field
 * of every variant one by one: a page of 20 articles spent about a third of its time on its images
 * (docs/database.md, "REST reads"). `/api/media` itself still returns everything.
 */
const EMBEDDED_IMAGE: SelectType = {
  caption: true,
  alt: true,
  credit: true,
  placeholder: true,
  isPublic: true,
  url: true,
  filename: true,
  mimeType: true,
  width: true,
  height: true,
  focalX: true,
  focalY: true,
  updatedAt: true,
  sizes: Object.fromEntries(SIZE_NAMES.map((name) => [name, VARIANT_FIELDS])),
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Ảnh', en: 'Image' }, plural: { vi: 'Thư viện ảnh', en: 'Media' } },
  admin: {
    useAsTitle: 'caption',
    defaultColumns: ['filename', 'caption', 'credit', 'updatedAt'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  defaultPopulate: EMBEDDED_IMAGE,
  access: {
    read: publicMediaOrStaff,
    // Reporters upload the photos for their own drafts; changing or removing images is an editor's job.
    create: isStaff,
    update: isEditor,
    delete: isEditor,
  },
  hooks: {
    beforeOperation: [checkImageLimits, stripImageMetadata, safeUploadName, cleanText],
    beforeValidate: [normalizeText, defaultAltFromCaption],
    afterChange: [requestRebuildOnShownChange({ fields: SHOWN_FIELDS, onlyIf: shownPublicly })],
    afterRead: [fileUrlsOnRequestOrigin],
    // Images inside article bodies are not indexed; the site leaves out an image it cannot find.
    // A notice no longer current may lose its photo: it is off the site already.
    beforeDelete: [
      refuseDeleteWhileLive({
        fields: ['heroImage', 'seo.image'],
        noun: 'ảnh',
        remedy: 'chọn ảnh đại diện và ảnh chia sẻ khác cho các bài đó',
        notices: {
          fields: ['photo'],
          remedy: 'chọn ảnh khác cho các lệnh truy nã đó (hoặc chuyển chúng khỏi "Đang truy nã")',
        },
      }),
    ],
    afterDelete: [requestRebuildOnShownDelete(shownPublicly)],
  },
  upload: {
    staticDir: settings.mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    pasteURL: false,
    // A file is only ever an image: never sniffed into another type, never run as a page or plugin.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set(
        'Content-Security-Policy',
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      )
      return headers
    },
    focalPoint: true,
    adminThumbnail: 'w480_webp',
    imageSizes: [
      ...responsiveSizes,
      {
        name: 'social',
        width: 1200,
        height: 630,
        position: 'centre',
        formatOptions: { format: 'jpeg', options: { quality: 80 } },
        admin: HIDDEN_FROM_LISTS,
      },
    ],
  },
  fields: [
    {
      // Before the caption, so whoever uploads a notice's photo sees first that it needs none.
      name: NOTICE_PHOTO_FIELD,
      type: 'checkbox',
      defaultValue: false,
      label: {
        vi: 'Ảnh đối tượng truy nã (không cần chú thích)',
        en: 'Wanted notice photo (no caption needed)',
      },
      admin: {
        description: {
          vi: 'Trang truy nã in họ tên đối tượng thay cho chú thích.',
          en: 'The notice page prints the person’s name instead of a caption.',
        },
      },
    },
    captionField(),
    {
      // Optional in the form, as its hint says: an empty one is filled from the caption on every
      // save (defaultAltFromCaption), so no stored image is without one.
      name: 'alt',
      type: 'text',
      label: { vi: 'Mô tả ảnh (cho người khiếm thị)', en: 'Alt text' },
      admin: {
        description: {
          vi: 'Không bắt buộc: để trống thì dùng chú thích ảnh. Điền khi ảnh cần được tả khác với chú thích.',
          en: 'Optional: left empty, the caption is used.',
        },
      },
    },
    {
      name: 'credit',
      type: 'text',
      label: { vi: 'Nguồn ảnh', en: 'Credit' },
      admin: { placeholder: 'Ảnh: Thanh Hà' },
    },
    {
      name: 'placeholder',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Ảnh tạm — cần thay ảnh thật', en: 'Placeholder — needs the real photo' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Bài nhập từ cổng cũ chỉ có chú thích; tải ảnh thật lên rồi bỏ chọn.',
          en: 'Imported articles kept only the caption; upload the real photo, then untick.',
        },
      },
    },
    // Payload's own upload fields, labelled here (it names them "MIME Type", "URL", "Thumbnail URL").
    { name: 'mimeType', type: 'text', label: { vi: 'Loại tệp', en: 'MIME type' } },
    { name: 'url', type: 'text', label: { vi: 'Địa chỉ tệp', en: 'URL' } },
    { name: 'thumbnailURL', type: 'text', label: { vi: 'Ảnh thu nhỏ', en: 'Thumbnail' } },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Đã xuất hiện trên trang công khai', en: 'Shown on the public site' },
      // Set only by refreshPublicVisibility, from the articles that are public now.
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
