import { parseArgs } from 'node:util'

import { SLUG_PATTERN } from '@bantin/content-types/slugify'

export const USAGE = `Nhập bài viết từ cổng thông tin cũ (tệp .txt) vào CMS, dưới dạng bản nháp.

Cách dùng: npm run import -- [tùy chọn] <tệp hoặc thư mục…>

  --dry-run            chỉ đọc và báo cáo, không ghi gì vào CMS
  --json               in kết quả ra stdout dưới dạng một mảng JSON (nhật ký vẫn ra stderr)
  --publish            xuất bản ngay những bài đủ thông tin; bài thiếu vẫn là bản nháp
  --category <slug>    chuyên mục cho các bài (phải có sẵn), mặc định: tin-tuc-su-kien
  -h, --help           in hướng dẫn này

Thư mục được duyệt tìm mọi tệp .txt. Nhập lại cùng một tệp sẽ cập nhật bài đã nhập.
Mã thoát: 0 tất cả đã nhập, 1 có tệp lỗi, 2 sai cách dùng.`

export class UsageError extends Error {
  override name = 'UsageError'
}

type CliArgs =
  | { help: true }
  | {
      help: false
      dryRun: boolean
      json: boolean
      publish: boolean
      category?: string
      paths: string[]
    }

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        publish: { type: 'boolean', default: false },
        category: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    throw new UsageError(`Tùy chọn không hợp lệ: ${(error as Error).message}`)
  }
  const { values, positionals } = parsed
  if (values.help) return { help: true }
  if (values.category !== undefined && !SLUG_PATTERN.test(values.category)) {
    const given = values.category
    throw new UsageError(
      `--category cần slug của chuyên mục (vd: an-ninh-trat-tu), không phải “${given}”`,
    )
  }
  if (positionals.length === 0) throw new UsageError('Chưa chỉ ra tệp hoặc thư mục nào để nhập')
  return {
    help: false,
    dryRun: values['dry-run'],
    json: values.json,
    publish: values.publish,
    category: values.category,
    paths: positionals,
  }
}
