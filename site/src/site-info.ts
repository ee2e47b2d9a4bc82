/**
 * Who publishes the site. The values below are samples for development and tests: a department
 * replaces them (and the MDX pages under src/pages) with its own before going live.
 */
export const SITE_INFO = {
  name: 'Công an tỉnh',
  title: 'Cổng thông tin điện tử Công an tỉnh',
  shortTitle: 'Công an tỉnh',
  englishName: 'Provincial Police Department',
  description: 'Tin tức an ninh, trật tự, phòng chống tội phạm và hướng dẫn của Công an tỉnh.',
  address: 'Số 1 đường Trần Hưng Đạo, phường Trung tâm, tỉnh (địa chỉ mẫu)',
  phone: '069 234 5678',
  email: 'banbientap@congan.example.vn',
  hotline: '113',
} as const
