import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { cleanLegacyText } from '../../scripts/import/clean-legacy-text'
import { parseLegacyArticle } from '../../scripts/import/parse-legacy-article'
import { toImportSummary } from '../../scripts/import/to-import-summary'

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const parseFixture = (name: string) => parseLegacyArticle(fixture(name), name)
const paragraphs = (name: string) =>
  parseFixture(name).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))

const CHROME = [
  'PublishingPortal',
  'Block_BanTin',
  'Tăng cỡ chữ',
  'Giảm cỡ chữ',
  'Tổng số điểm',
  'Click để đánh giá',
  'Ý kiến bạn đọc',
  'Bạn đã không sử dụng Site',
  'Bấm vào đây',
  'Thời gian chờ',
  'Tác giả bài viết',
  'Thứ sáu',
  '1.141',
  'date 2024-01',
  '\u00a0',
]

describe('parseLegacyArticle', () => {
  test('PublishingPortal export: every field', () => {
    expect(toImportSummary(parseFixture('publishingportal-2023-11-14.txt'))).toEqual({
      file: 'publishingportal-2023-11-14.txt',
      title:
        'Xây dựng thế trận an ninh nhân dân kết hợp chặt chẽ với thế trận quốc phòng toàn dân ' +
        'vững chắc',
      publishedAt: '2023-11-14T00:00:00+07:00',
      lead:
        'Phát huy vai trò là lực lượng nòng cốt, năm 2023, Công an các đơn vị, địa phương trong ' +
        'tỉnh đã tích cực triển khai thực hiện hiệu quả các mục tiêu, nhiệm vụ của Đề án “Xây ' +
        'dựng thế trận an ninh nhân dân kết hợp chặt chẽ với thế trận quốc phòng toàn dân vững ' +
        'chắc”, góp phần giữ vững ổn định an ninh chính trị, trật tự an toàn xã hội.',
      author: 'BH',
      captions: [
        {
          caption:
            'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc tại phường Đức Xuân, ' +
            'thành phố Bắc Kạn năm 2023',
          credit: null,
        },
      ],
      paragraphs: 7,
      legacyViews: null,
      legacyUrl: null,
      warnings: [],
    })
  })

  test('PublishingPortal export: the caption sits between the 2nd and 3rd body paragraphs', () => {
    const { blocks } = parseFixture('publishingportal-2023-11-14.txt')
    expect(blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    const body = paragraphs('publishingportal-2023-11-14.txt')
    expect(body[0]).toMatch(/^Công an các đơn vị, địa phương đã tập trung .* tự hòa giải\.$/)
    expect(body.at(-1)).toMatch(/^Xác định “Xây dựng thế trận .* quốc phòng, an ninh\.\.\.\/\.$/)
  })

  test('NukeViet export: every field, with the doubled caption merged', () => {
    const summary = toImportSummary(parseFixture('nukeviet-2023-06-16.txt'))
    expect(summary).toEqual({
      file: 'nukeviet-2023-06-16.txt',
      title:
        'Phát huy sức mạnh toàn dân trong việc thực hiện phong trào ' +
        'Toàn dân bảo vệ an ninh Tổ quốc',
      publishedAt: '2023-06-16T23:02:00+07:00',
      lead: expect.any(String),
      author: 'Thúy Triều',
      captions: [
        {
          caption:
            'Hội nghị sơ kết hoạt động, mô hình điểm “Tổ công nhân dịch vụ đô thị tự quản về an ' +
            'ninh, trật tự” trên địa bàn TP Đồng Xoài, tỉnh Bình Phước',
          credit: null,
        },
      ],
      paragraphs: 5,
      legacyViews: 1141,
      legacyUrl: null,
      warnings: [],
    })
    expect(summary.lead).toMatch(/^Nhằm phát huy sức mạnh của cả hệ thống chính trị /)
    expect(summary.lead).toMatch(/ phục vụ nhiệm vụ phát triển kinh tế - xã hội của tỉnh\.$/)
    expect(summary.lead).toHaveLength(723)
  })

  test('NukeViet export: body keeps its text, non-breaking spaces become plain spaces', () => {
    const body = paragraphs('nukeviet-2023-06-16.txt')
    expect(body[0]).toContain('các tầng lớp nhân dân. Công an các phường, xã')
    expect(body[0]).toMatch(/^Những năm qua thực hiện Chương trình phối hợp /)
    expect(body[3]).toMatch(/ với hơn 4\.000 thành viên\.\.\.$/)
    expect(body.at(-1)).toMatch(/ xây dựng phong trào toàn dân bảo vệ an ninh tổ quốc\.$/)
  })

  test('bare export: no title, month-only date, first paragraph is the lead', () => {
    expect(toImportSummary(parseFixture('bare-2024-01.txt'))).toEqual({
      file: 'bare-2024-01.txt',
      title: null,
      publishedAt: '2024-01-01T00:00:00+07:00',
      lead:
        'Tới dự có đồng chí Nguyễn Đăng Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng ban ' +
        'Chỉ đạo 138 tỉnh; lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các sở, ngành là thành viên Ban ' +
        'Chỉ đạo 138 tỉnh; đại diện lãnh đạo các huyện, thành phố; các phòng nghiệp vụ và Công ' +
        'an các đơn vị, địa phương trong tỉnh.',
      author: null,
      captions: [],
      paragraphs: 8,
      legacyViews: null,
      legacyUrl: null,
      warnings: [
        'Thiếu tiêu đề: không tìm thấy dòng tiêu đề, cần nhập tay',
        'Chỉ biết tháng đăng (01/2024): ngày đăng tạm đặt là 01/01/2024 00:00, cần kiểm tra lại',
      ],
    })
    const body = paragraphs('bare-2024-01.txt')
    expect(body[0]).toMatch(/^Trong năm 2023, công tác xây dựng phong trào /)
    expect(body.at(-1)).toMatch(/ “Toàn dân bảo vệ an ninh Tổ quốc” năm 2023\.\/\.$/)
  })

  test.each(['publishingportal-2023-11-14.txt', 'nukeviet-2023-06-16.txt', 'bare-2024-01.txt'])(
    '%s: no portal chrome anywhere in the output',
    (name) => {
      const output = JSON.stringify(parseFixture(name))
      for (const chrome of CHROME) expect(output).not.toContain(chrome)
    },
  )

  test.each(['publishingportal-2023-11-14.txt', 'nukeviet-2023-06-16.txt', 'bare-2024-01.txt'])(
    '%s: every long line of the export survives word for word',
    (name) => {
      const { lead, blocks } = parseFixture(name)
      const kept = [lead, ...blocks.map((b) => (b.type === 'paragraph' ? b.text : b.caption))]
      const long = cleanLegacyText(fixture(name))
        .split('\n')
        .filter((line) => line.length > 150)
      expect(long.length).toBeGreaterThan(4)
      for (const line of long) expect(kept).toContain(line.replace(/^date 2024-01 /, ''))
    },
  )

  test('ignores the page-viewed header; reads "Ngày cập nhật", views, credit, byline', () => {
    const text = [
      'Thứ 5, Ngày 16 Tháng 7 Năm 2020',
      'Công an tỉnh ra quân bảo đảm trật tự an toàn giao thông',
      'Ngày cập nhật: 20/03/2020 03:57:36',
      'Lượt xem: 2.007',
      'Sáng 20/3, Công an tỉnh tổ chức lễ ra quân cao điểm bảo đảm trật tự an toàn giao thông.',
      'Lực lượng Cảnh sát giao thông ra quân tại lễ phát động',
      '(Ảnh: Minh Anh)',
      'Trong đợt cao điểm, lực lượng chức năng tập trung kiểm tra, xử lý nghiêm các hành vi vi ' +
        'phạm nồng độ cồn, tốc độ và chở quá số người quy định trên các tuyến quốc lộ.',
      'Các đơn vị báo cáo kết quả hằng tuần về Phòng Cảnh sát giao thông./.',
      'Hương Dịu',
    ].join('\r\n')
    expect(parseLegacyArticle(text, 'tin.txt')).toEqual({
      file: 'tin.txt',
      title: 'Công an tỉnh ra quân bảo đảm trật tự an toàn giao thông',
      publishedAt: '2020-03-20T03:57:36+07:00',
      lead: 'Sáng 20/3, Công an tỉnh tổ chức lễ ra quân cao điểm bảo đảm trật tự an toàn giao thông.',
      author: 'Hương Dịu',
      blocks: [
        {
          type: 'caption',
          caption: 'Lực lượng Cảnh sát giao thông ra quân tại lễ phát động',
          credit: 'Minh Anh',
        },
        { type: 'paragraph', text: expect.stringMatching(/^Trong đợt cao điểm, .* quốc lộ\.$/) },
        {
          type: 'paragraph',
          text: 'Các đơn vị báo cáo kết quả hằng tuần về Phòng Cảnh sát giao thông./.',
        },
      ],
      legacyViews: 2007,
      legacyUrl: null,
      warnings: [],
    })
  })

  test('an invalid date is reported and left empty', () => {
    const text =
      'Tiêu đề bài viết thử nghiệm\n31/02/2023\nĐoạn mở đầu của bài viết.\nĐoạn thân bài.'
    const article = parseLegacyArticle(text, 'sai-ngay.txt')
    expect(article.publishedAt).toBeNull()
    expect(article.warnings).toEqual([
      'Thiếu ngày đăng: không tìm thấy ngày đăng bài, cần nhập tay',
      'Ngày đăng không hợp lệ: “31/02/2023”',
    ])
  })

  test('unrecognisable text keeps every line as a paragraph', () => {
    const article = parseLegacyArticle('dòng một\ndòng hai\n\ndòng ba', 'la.txt')
    expect(article).toEqual({
      file: 'la.txt',
      title: null,
      publishedAt: null,
      lead: null,
      author: null,
      blocks: [
        { type: 'paragraph', text: 'dòng một' },
        { type: 'paragraph', text: 'dòng hai' },
        { type: 'paragraph', text: 'dòng ba' },
      ],
      legacyViews: null,
      legacyUrl: null,
      warnings: [
        'Thiếu tiêu đề: không tìm thấy dòng tiêu đề, cần nhập tay',
        'Thiếu ngày đăng: không tìm thấy ngày đăng bài, cần nhập tay',
        'Không nhận ra cấu trúc bài viết: toàn bộ nội dung được giữ thành đoạn văn, ' +
          'cần kiểm tra lại',
      ],
    })
  })

  test('a page of nothing but chrome says there is no content', () => {
    const chromeOnly =
      'PublishingPortal - Block_BanTin_Toolbar\nTăng cỡ chữ Giảm cỡ chữ\n Ý kiến bạn đọc'
    expect(parseLegacyArticle(chromeOnly, 'rong.txt').warnings).toEqual([
      'Thiếu tiêu đề: không tìm thấy dòng tiêu đề, cần nhập tay',
      'Thiếu ngày đăng: không tìm thấy ngày đăng bài, cần nhập tay',
      'Không có nội dung bài viết: tệp chỉ có phần giao diện của cổng thông tin',
    ])
  })
})
