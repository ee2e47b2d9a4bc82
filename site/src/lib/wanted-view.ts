import type { WantedNotice } from '@bantin/content-types'

import { formatVietnamDate } from './dates'
import { socialImageOf } from './images'
import type { SocialImage } from './seo'
import { absoluteUrl, mediaPath } from './urls'

const SEX = { male: 'Nam', female: 'Nữ' } as const

/** The lines of a notice as printed on police notices: label, value; empty fields are left out. */
export function noticeFacts(notice: WantedNotice): Array<[string, string]> {
  const facts: Array<[string, string | null | undefined]> = [
    ['Tên gọi khác', notice.otherNames],
    ['Năm sinh', notice.birthYear ? String(notice.birthYear) : null],
    ['Giới tính', notice.sex ? SEX[notice.sex] : null],
    ['Nơi đăng ký thường trú', notice.residence],
    ['Tội danh', notice.offence],
    [
      'Quyết định truy nã',
      `Số ${notice.decisionNumber} ngày ${formatVietnamDate(notice.decisionDate)}`,
    ],
    ['Đơn vị ra quyết định', notice.issuingUnit],
  ]
  return facts.filter((fact): fact is [string, string] => !!fact[1])
}

export const noticeTitle = (notice: WantedNotice) => `Truy nã ${notice.fullName}`

export function noticeDescription(notice: WantedNotice): string {
  const born = notice.birthYear ? `, sinh năm ${notice.birthYear}` : ''
  return `${notice.fullName}${born}. Tội danh: ${notice.offence}. Ai phát hiện, báo ngay cho cơ quan Công an gần nhất.`
}

/** The photo's 1200×630 card for Zalo and Facebook. */
export function noticeImage(notice: WantedNotice, site: URL | string): SocialImage | undefined {
  const file = notice.photo ? socialImageOf(notice.photo) : null
  if (!notice.photo || !file) return undefined
  return {
    url: absoluteUrl(mediaPath(file.filename), site),
    width: file.width,
    height: file.height,
    alt: `Ảnh ${notice.fullName}`,
  }
}
