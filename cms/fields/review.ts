import type { Field, SelectField, TextareaField } from 'payload'

import { isEditorField } from '../access/isEditorField'
import { isStaffField } from '../access/isStaffField'

/** Where an article stands between its reporter and the editors (docs/newsroom.md). */
const REVIEW_STATES = ['writing', 'submitted', 'returned'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

const REVIEW_STATE_LABELS: Record<ReviewState, { vi: string; en: string }> = {
  writing: { vi: 'Đang viết', en: 'Writing' },
  submitted: { vi: 'Chờ duyệt', en: 'Submitted' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
}

/**
 * `reviewState` changes only through the review buttons ("Gửi duyệt", "Trả lại") and publishing;
 * the hook `applyReviewTransition` decides who may make which change. Both fields stay inside the
 * building: the public REST never shows them.
 */
export function reviewFields(
  overrides: { state?: Partial<SelectField>; note?: Partial<TextareaField> } = {},
): Field[] {
  const state = {
    name: 'reviewState',
    type: 'select',
    defaultValue: 'writing',
    index: true,
    label: { vi: 'Trạng thái duyệt', en: 'Review state' },
    options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
    access: { read: isStaffField },
    admin: { position: 'sidebar', readOnly: true },
    ...overrides.state,
  } as SelectField
  const note = {
    name: 'reviewNote',
    type: 'textarea',
    label: { vi: 'Ghi chú của biên tập viên', en: 'Editor’s note' },
    // A reporter reads the note; only editors write it (a reporter's input is dropped).
    access: { read: isStaffField, create: isEditorField, update: isEditorField },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Điều phóng viên cần sửa, bắt buộc khi trả lại bài.',
        en: 'What to fix; required to return.',
      },
    },
    ...overrides.note,
  } as TextareaField
  return [state, note]
}
