import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'

import { parseLegacyArticle } from '../../scripts/import/parse-legacy-article'
import { toImportSummary } from '../../scripts/import/to-import-summary'

/** Exports of portal templates the samples do not show, written from their descriptions. */
const parse = (name: string) =>
  parseLegacyArticle(
    readFileSync(new URL(`fixtures/layouts/${name}`, import.meta.url), 'utf8'),
    name,
  )
/** Every text the article keeps: title, lead, paragraphs, captions and credits. */
const kept = (name: string) => {
  const a = parse(name)
  return [
    a.title,
    a.lead,
    ...a.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [b.caption, b.credit])),
  ].filter((t): t is string => t !== null)
}

describe('parseLegacyArticle on other portal templates', () => {
  test('"Ngày cập nhật" with a time is the date; the day the page was saved, in the header, is set aside with a note', () => {
    const summary = toImportSummary(parse('cap-nhat-va-ngay-luu-trang.txt'))
    expect(summary).toMatchObject({
      title: 'Công an tỉnh triệt phá đường dây đánh bạc qua mạng quy mô lớn',
      publishedAt: '2020-03-20T03:57:36+07:00',
      lead: expect.stringMatching(/^Ngày 19\/3, Phòng Cảnh sát hình sự .* 50 tỷ đồng\.$/),
      author: 'Hương Dịu',
      captions: [],
      paragraphs: 2,
      legacyViews: 1024,
      warnings: [
        'Bỏ qua ngày “Thứ Năm, 16/07/2020”: có vẻ là ngày lưu trang, ngày đăng lấy theo “Ngày cập nhật: 20/03/2020 03:57:36”',
      ],
    })
    expect(kept('cap-nhat-va-ngay-luu-trang.txt').join('\n')).not.toMatch(
      /16\/07\/2020|Ngày cập nhật|Lượt xem|---/,
    )
  })

  test('the saved-day header and "Ngày cập nhật" on one line: the labelled date wins, nothing of the line is kept', () => {
    const article = parse('ngay-luu-trang-cung-dong.txt')
    expect(article.publishedAt).toBe('2020-03-20T03:57:36+07:00')
    expect(article.title).toBe('Công an tỉnh tổ chức Hội nghị tổng kết công tác năm 2023')
    expect(article.warnings).toEqual([
      'Bỏ qua ngày “Thứ 5, 16/07/2020”: có vẻ là ngày lưu trang, ngày đăng lấy theo “Ngày cập nhật: 20/03/2020 03:57:36”',
    ])
    expect(kept('ngay-luu-trang-cung-dong.txt').join('\n')).not.toMatch(
      /16\/07\/2020|Ngày cập nhật/,
    )
  })

  test('a caption wrapped across two lines is one caption, with its credit', () => {
    const summary = toImportSummary(parse('chu-thich-hai-dong.txt'))
    expect(summary.captions).toEqual([
      {
        caption:
          'Lực lượng chức năng kiểm tra tang vật thu giữ tại nơi ở của các đối tượng trong đêm 18/3',
        credit: 'Minh Anh',
      },
      {
        caption:
          'Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh phát biểu chỉ đạo tại Hội nghị sơ kết chuyên án',
        credit: 'Thanh Hà',
      },
    ])
    expect(summary).toMatchObject({
      paragraphs: 3,
      author: 'Hương Dịu',
      publishedAt: '2020-03-20T10:15:00+07:00',
      warnings: [],
    })
    expect(parse('chu-thich-hai-dong.txt').blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'caption',
      'paragraph',
      'caption',
      'paragraph',
    ])
  })

  test('view counts, comment counts and separators never become captions or paragraphs', () => {
    const summary = toImportSummary(parse('dong-thong-tin-trang.txt'))
    expect(summary).toMatchObject({
      title: 'Cảnh báo thủ đoạn giả danh nhân viên ngân hàng lừa đảo chiếm đoạt tài sản',
      publishedAt: '2025-01-05T08:30:00+07:00',
      lead: expect.stringMatching(/^Thời gian gần đây, .* lừa đảo người dân\.$/),
      author: 'Minh Anh',
      captions: [],
      paragraphs: 2,
      legacyViews: 35,
    })
    expect(kept('dong-thong-tin-trang.txt').join('\n')).not.toMatch(
      /xem|Bình luận|Chia sẻ|lần in|===|•|\* \*|^2025$/m,
    )
  })

  test('a line it cannot explain (a label with a number, a number alone) is left out with a warning, never kept', () => {
    expect(parse('dong-thong-tin-trang.txt').warnings).toEqual([
      'Bỏ qua dòng “Số lần in: 3”: có vẻ là thông tin của trang (một nhãn và một con số), không phải nội dung; nếu là nội dung, hãy nhập tay',
      'Bỏ qua dòng “2025”: chỉ có số, không phải nội dung; nếu là nội dung, hãy nhập tay',
    ])
  })

  test("the page's own address, printed on its own line, becomes the article's old address and is not content", () => {
    const article = parse('dia-chi-trang.txt')
    expect(article.legacyUrl).toBe(
      'https://congan.binhphuoc.gov.vn/vi/news/an-ninh-trat-tu/canh-bao-lua-dao-qua-mang-1234.html',
    )
    expect(article.title).toBe('Cảnh báo lừa đảo qua mạng dịp cuối năm')
    expect(kept('dia-chi-trang.txt').join('\n')).not.toContain('http')
    expect(article.warnings).toEqual([])
  })

  test('a labelled address anywhere is the old address; a second, different one is reported', () => {
    const text = [
      'Địa chỉ bài viết: /Pages/canh-bao.aspx',
      'Cảnh báo lừa đảo qua mạng dịp cuối năm',
      '14/11/2023',
      'Thời gian cuối năm, các đối tượng lừa đảo tăng cường hoạt động qua mạng xã hội.',
      'Người dân cần cảnh giác với các tin nhắn lạ.',
      'URL: https://congan.example.vn/khac.html',
    ].join('\n')
    const article = parseLegacyArticle(text, 'hai-dia-chi.txt')
    expect(article.legacyUrl).toBe('/Pages/canh-bao.aspx')
    expect(article.warnings).toEqual([
      'Bỏ qua địa chỉ thứ hai “https://congan.example.vn/khac.html”, giữ địa chỉ cũ đầu tiên',
    ])
    expect(article.blocks).toEqual([
      { type: 'paragraph', text: 'Người dân cần cảnh giác với các tin nhắn lạ.' },
    ])
  })
})

describe('parseLegacyArticle: one photo, one figure', () => {
  test('a caption printed again further down is the same photo: kept once, with a note', () => {
    const text = [
      'Công an tỉnh tổ chức Hội nghị tổng kết công tác năm 2023',
      '14/01/2024',
      'Sáng 14/1, Công an tỉnh tổ chức Hội nghị tổng kết công tác công an năm 2023, triển khai nhiệm vụ năm 2024.',
      'Quang cảnh Hội nghị',
      'Năm 2023, lực lượng Công an tỉnh đã hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ được giao trong năm.',
      'Quang cảnh Hội nghị',
      'Hội nghị đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua.',
      'Tác giả: Thanh Hà',
    ].join('\n')
    const article = parseLegacyArticle(text, 'lap-anh.txt')
    expect(
      article.blocks.map((b) => (b.type === 'caption' ? `caption: ${b.caption}` : 'paragraph')),
    ).toEqual(['caption: Quang cảnh Hội nghị', 'paragraph', 'paragraph'])
    expect(article.warnings).toEqual([
      'Bỏ qua chú thích ảnh lặp lại “Quang cảnh Hội nghị”: ảnh này đã có trong bài',
    ])
  })
})

describe('parseLegacyArticle: what is not a wrapped caption', () => {
  const sentence =
    'Năm 2023, lực lượng Công an tỉnh đã hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ được giao trong năm qua.'
  test('a caption ending on "tại" followed by a paragraph stays a caption; the paragraph stays whole', () => {
    const text = [
      'Tiêu đề bài viết về hội nghị tổng kết',
      '14/01/2024',
      sentence,
      'Đồng chí Giám đốc phát biểu tại',
      sentence.replace('2023', '2022'),
      'Tác giả: Thanh Hà',
    ].join('\n')
    const blocks = parseLegacyArticle(text, 'a.txt').blocks
    expect(blocks).toEqual([
      { type: 'caption', caption: 'Đồng chí Giám đốc phát biểu tại', credit: null },
      { type: 'paragraph', text: sentence.replace('2023', '2022') },
    ])
  })

  test('NukeViet printing a caption twice (ending on a connective) is one caption, not joined to itself', () => {
    const text = [
      'Tiêu đề bài viết về hội nghị tổng kết',
      '14/01/2024',
      sentence,
      'Các đại biểu dự Hội nghị tại',
      'Các đại biểu dự Hội nghị tại',
      sentence.replace('2023', '2022'),
      'Tác giả: Thanh Hà',
    ].join('\n')
    expect(parseLegacyArticle(text, 'b.txt').blocks[0]).toEqual({
      type: 'caption',
      caption: 'Các đại biểu dự Hội nghị tại',
      credit: null,
    })
  })
})
