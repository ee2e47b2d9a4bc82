import { lexicalRoot, paragraphNode } from '../../content-types/lexical'

type Id = number

const SUBJECTS = [
  'Công an tỉnh',
  'Công an huyện',
  'Phòng Cảnh sát giao thông',
  'Công an phường',
  'Đội Cảnh sát hình sự',
]
const ACTIONS = [
  'triển khai',
  'tổng kết',
  'ra quân',
  'tuyên truyền',
  'kiểm tra',
  'phối hợp bảo đảm',
]
const TOPICS = [
  'an ninh trật tự',
  'phòng chống ma túy',
  'an toàn giao thông',
  'phòng cháy chữa cháy',
  'cải cách hành chính',
  'bảo vệ an ninh Tổ quốc',
]
const TAGS = [
  'An ninh trật tự',
  'Giao thông',
  'Ma túy',
  'Tết',
  'Cải cách hành chính',
  'Phong trào toàn dân',
]

const ARCHIVE_END = Date.UTC(2026, 10, 30)

const pick = <T>(list: T[], i: number) => list[i % list.length]

/** Article number i: deterministic, so two runs of a benchmark build the same site. */
export function benchArticle(i: number, refs: { authors: Id[]; categories: Id[]; media: Id[] }) {
  const topic = pick(TOPICS, i)
  const title = `${pick(SUBJECTS, i)} ${pick(ACTIONS, i * 7)} công tác ${topic} (bài số ${i + 1})`
  const lead = `Trong tháng ${(i % 12) + 1}, lực lượng ${pick(SUBJECTS, i + 2).toLowerCase()} đã ${pick(ACTIONS, i + 3)} nhiều biện pháp về ${topic}, góp phần giữ vững ổn định trên địa bàn.`
  const body = Array.from({ length: 6 }, (_, p) =>
    paragraphNode(
      `Đoạn ${p + 1}: ${lead} Cán bộ, chiến sĩ tiếp tục bám sát cơ sở, nắm chắc tình hình, kịp thời xử lý các vụ việc liên quan đến ${topic} và tuyên truyền để Nhân dân cùng tham gia bảo vệ an ninh Tổ quốc.`,
    ),
  )
  // Back in time from a fixed day, six hours apart (20,000 articles span 14 years): an archive
  // lies in the past, so an article published now is the newest on every list it appears on, and
  // shifts every page of those lists, as a real publish does.
  const publishedAt = new Date(ARCHIVE_END - i * 6 * 3600 * 1000).toISOString()
  return {
    title,
    lead,
    body: lexicalRoot(body),
    authors: [pick(refs.authors, i)],
    category: pick(refs.categories, i),
    heroImage: refs.media.length ? pick(refs.media, i) : undefined,
    tags: [pick(TAGS, i), pick(TAGS, i + 1)],
    publishedAt,
    _status: 'published' as const,
  }
}
