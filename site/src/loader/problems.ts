import type { FixUp } from '@bantin/content-types'
import type { z } from 'zod'

import type { BuildProblem } from '../lib/build-report'
import type { CollectionSpec } from './collections'

type Doc = Record<string, unknown> & { id: string | number }

/** Field names as the CMS's editing form labels them. */
const FIELD_LABELS: Record<string, string> = {
  title: 'tiêu đề',
  slug: 'đường dẫn (slug)',
  lead: 'sapo',
  body: 'nội dung',
  heroImage: 'ảnh đại diện',
  authors: 'tác giả',
  category: 'chuyên mục',
  tags: 'từ khóa',
  publishedAt: 'ngày đăng',
  updatedAt: 'ngày cập nhật',
  source: 'nguồn',
  seo: 'SEO',
  _status: 'trạng thái đăng',
  fullName: 'họ tên',
  byline: 'bút danh',
  unit: 'đơn vị',
  bio: 'tiểu sử',
  name: 'tên chuyên mục',
  description: 'mô tả',
  parent: 'chuyên mục cha',
  order: 'thứ tự',
}

function fieldsOf(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? '')))]
  return fields.map((field) => FIELD_LABELS[field] ?? (field || 'toàn bộ dữ liệu')).join(', ')
}

const quoted = (title: string, id: string) => (title ? `«${title}»` : `(mã ${id})`)

/** A document the schema refuses: the stored version stays, or a new one is left out. */
export function rejectionProblem(
  spec: CollectionSpec,
  doc: Doc,
  action: 'kept-previous' | 'left-out',
  error: z.ZodError,
  url: string,
): BuildProblem {
  const id = String(doc.id)
  const title = spec.titleOf(doc)
  const fields = fieldsOf(error)
  const what = `${spec.nounVi} ${quoted(title, id)}`
  const message =
    action === 'kept-previous'
      ? `${what} vừa sửa có dữ liệu không hợp lệ (${fields}), nên trang web vẫn giữ bản đăng trước đó. ` +
        `Hãy mở lại, sửa ${fields} rồi lưu.`
      : `${what} chưa lên trang web vì dữ liệu không hợp lệ (${fields}). Hãy mở lại, sửa ${fields} rồi lưu.`
  const issues = error.issues.map(
    (issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`,
  )
  return {
    collection: spec.name,
    id,
    title,
    kind: 'schema',
    action,
    message,
    detail: `${spec.noun} ${spec.describe(doc)} at ${url} does not match the site's schema: ${issues.join('; ')}`,
  }
}

/** A field the schema repaired: the document is published without (or with a fallback for) it. */
export function fixUpProblem(
  spec: CollectionSpec,
  doc: Doc,
  fix: FixUp,
  url: string,
): BuildProblem {
  const id = String(doc.id)
  const title = spec.titleOf(doc)
  return {
    collection: spec.name,
    id,
    title,
    kind: 'schema',
    action: 'fixed-up',
    message: `${spec.nounVi} ${quoted(title, id)}: ${fix.message}`,
    detail: `${spec.noun} ${spec.describe(doc)} at ${url}: field ${fix.field} repaired: ${fix.detail}`,
  }
}
