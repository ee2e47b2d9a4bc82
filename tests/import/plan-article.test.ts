import { describe, expect, test } from 'vitest'

import { parseCliArgs } from '../../scripts/import/cli-args'
import type { ParsedArticle } from '../../scripts/import/parse-legacy-article'
import { planArticle } from '../../scripts/import/plan-article'
import { uploadIdsIn } from '../../content-types/lexical'
import { toLexical } from '../../scripts/import/to-lexical'

const complete: ParsedArticle = {
  file: 'tin/ra-quan.txt',
  title: 'Công an tỉnh ra quân bảo đảm trật tự an toàn giao thông',
  publishedAt: '2020-03-20T07:30:00+07:00',
  lead: 'Sáng 20/3, Công an tỉnh tổ chức lễ ra quân.',
  author: 'Hương Dịu',
  blocks: [
    { type: 'caption', caption: 'Lực lượng Cảnh sát giao thông ra quân', credit: 'Minh Anh' },
    { type: 'paragraph', text: 'Các đơn vị báo cáo kết quả hằng tuần./.' },
  ],
  legacyViews: 12,
  legacyUrl: '/Pages/ra-quan.aspx',
  warnings: [],
}

describe('planArticle', () => {
  test("the file's own old address is kept unless the caller knows better", () => {
    expect(planArticle(complete).legacyUrl).toBe('/Pages/ra-quan.aspx')
    expect(planArticle(complete, { overrides: { legacyUrl: '/khac.html' } }).legacyUrl).toBe(
      '/khac.html',
    )
  })

  test('a saved-day header set aside, or a second address, does not keep a complete article a draft', () => {
    const noted = {
      ...complete,
      warnings: [
        'Bỏ qua ngày “Thứ Năm, 16/07/2020”: có vẻ là ngày lưu trang, ngày đăng lấy theo “Ngày cập nhật: 20/03/2020 03:57:36”',
        'Bỏ qua địa chỉ thứ hai “/b.html”, giữ địa chỉ cũ đầu tiên',
      ],
    }
    expect(planArticle(noted, { publish: true }).publish).toBe(true)
    const unexplained = {
      ...complete,
      warnings: [
        'Bỏ qua dòng “2025”: chỉ có số, không phải nội dung; nếu là nội dung, hãy nhập tay',
      ],
    }
    expect(planArticle(unexplained, { publish: true }).publish).toBe(false)
  })

  test('a complete article is published when asked, keyed by its file name', () => {
    expect(planArticle(complete, { publish: true })).toMatchObject({
      key: 'file:ra-quan.txt',
      title: complete.title,
      author: 'Hương Dịu',
      publish: true,
      warnings: [],
    })
    expect(planArticle(complete).publish).toBe(false)
  })

  test('missing title, lead and byline: placeholder title, default author, kept as a draft', () => {
    const bare = {
      ...complete,
      title: null,
      lead: null,
      author: null,
      warnings: ['Thiếu tiêu đề: không tìm thấy dòng tiêu đề, cần nhập tay'],
    }
    const plan = planArticle(bare, { publish: true })
    expect(plan).toMatchObject({
      title: '(Chưa có tiêu đề) ra-quan.txt',
      author: 'Ban biên tập',
      publish: false,
    })
    expect(plan.warnings).toEqual([
      'Thiếu tiêu đề: không tìm thấy dòng tiêu đề, cần nhập tay',
      'Thiếu sapo: không tìm thấy đoạn mở đầu, cần nhập tay',
      'Thiếu tác giả: không tìm thấy tên tác giả, tạm ghi “Ban biên tập”, cần kiểm tra lại',
      'Chưa xuất bản: bài còn thiếu thông tin (xem các cảnh báo trên), giữ ở dạng nháp',
    ])
  })

  test('a month-only date does not block publishing; given title and author fill the gaps', () => {
    const month =
      'Chỉ biết tháng đăng (01/2024): ngày đăng tạm đặt là 01/01/2024 00:00, cần kiểm tra lại'
    const bare = {
      ...complete,
      title: null,
      author: null,
      warnings: ['Thiếu tiêu đề: không tìm thấy dòng tiêu đề, cần nhập tay', month],
    }
    const plan = planArticle(bare, {
      publish: true,
      overrides: { title: 'Hội nghị tổng kết', author: 'Ban biên tập' },
    })
    expect(plan).toMatchObject({ title: 'Hội nghị tổng kết', publish: true, warnings: [month] })
  })
})

describe('toLexical', () => {
  test('paragraphs become paragraph nodes and captions upload nodes, in order', () => {
    const body = toLexical(complete.blocks, [42], 'file:ra-quan.txt')
    expect(body.root.children).toEqual([
      {
        type: 'upload',
        relationTo: 'media',
        value: 42,
        fields: null,
        format: '',
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        version: 3,
      },
      expect.objectContaining({
        type: 'paragraph',
        children: [
          expect.objectContaining({
            type: 'text',
            text: 'Các đơn vị báo cáo kết quả hằng tuần./.',
          }),
        ],
      }),
    ])
    // Same key, same node id: a re-import leaves the body unchanged.
    expect(toLexical(complete.blocks, [42], 'file:ra-quan.txt')).toEqual(body)
    expect(uploadIdsIn(body)).toEqual([42])
    expect(
      uploadIdsIn({
        root: { children: [{ type: 'upload', relationTo: 'media', value: { id: 7 } }] },
      }),
    ).toEqual([7])
  })
})

describe('parseCliArgs', () => {
  test('reads flags, category and paths; rejects a malformed category slug', () => {
    expect(
      parseCliArgs(['--publish', '--category', 'an-ninh-trat-tu', 'a.txt', 'thu-muc']),
    ).toEqual({
      help: false,
      dryRun: false,
      json: false,
      publish: true,
      category: 'an-ninh-trat-tu',
      paths: ['a.txt', 'thu-muc'],
    })
    expect(() => parseCliArgs(['--category', 'An Ninh', 'a.txt'])).toThrow(
      '--category cần slug của chuyên mục (vd: an-ninh-trat-tu), không phải “An Ninh”',
    )
    expect(parseCliArgs(['-h'])).toEqual({ help: true })
  })
})
