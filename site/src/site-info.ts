import { DEPARTMENT } from '@bantin/content-types/department'

/**
 * Who publishes the site. The values below are samples for development and tests: a department
 * replaces them (its name in content-types/department.ts, shared with the admin, and the MDX pages
 * under src/pages) with its own before going live.
 */
export const SITE_INFO = {
  name: DEPARTMENT.name,
  title: `Cổng thông tin điện tử ${DEPARTMENT.name}`,
  shortTitle: DEPARTMENT.name,
  englishName: DEPARTMENT.englishName,
  description: `Tin tức an ninh, trật tự, phòng chống tội phạm và hướng dẫn của ${DEPARTMENT.name}.`,
  address: 'Số 1 đường Trần Hưng Đạo, phường Trung tâm, tỉnh (địa chỉ mẫu)',
  phone: '069 234 5678',
  email: 'banbientap@congan.example.vn',
  hotline: '113',
} as const
