import { type TextField, type TextFieldSingleValidation, validations } from 'payload'

import { legacyPathOf } from '@bantin/content-types/legacy-url'

/** The site redirects the old address to the article: it must be one the site can answer for. */
const validateLegacyUrl: TextFieldSingleValidation = (value, options) => {
  if (value && legacyPathOf(value) === null) {
    return (
      'Địa chỉ cũ phải là đường dẫn bắt đầu bằng / (ví dụ /tin-tuc/bai-cu.html) hoặc địa chỉ đầy đủ ' +
      'bắt đầu bằng http:// hay https://, và không phải trang chủ.'
    )
  }
  return validations.text(value, options)
}

/** The article's address on the old portal (`legacyUrl`): the public site sends it on to the article. */
export function legacyUrlField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'legacyUrl',
    type: 'text',
    label: { vi: 'Địa chỉ cũ', en: 'Legacy URL' },
    validate: validateLegacyUrl,
    admin: {
      description: {
        vi: 'Địa chỉ bài trên cổng thông tin cũ. Người đọc mở địa chỉ này sẽ được chuyển đến bài trên trang mới.',
        en: 'The article on the old portal. Readers who open it are sent to the new page.',
      },
    },
    ...overrides,
  } as TextField
}
