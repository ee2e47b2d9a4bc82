import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { seedDemo } from '../../scripts/seed/seed-demo'
import { startTestCms, type TestCms } from '../helpers/payload'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.close())

const BARE_TITLE = 'Hội nghị tổng kết phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm 2023'

async function totals() {
  const { payload } = cms
  const n = async (collection: 'articles' | 'media' | 'authors' | 'categories' | 'users') =>
    (await payload.count({ collection })).totalDocs
  return {
    articles: await n('articles'),
    media: await n('media'),
    authors: await n('authors'),
    categories: await n('categories'),
    users: await n('users'),
    versions: (await payload.countVersions({ collection: 'articles' })).totalDocs,
  }
}

describe('seedDemo', () => {
  test('an empty database gets the categories, authors and published sample articles', async () => {
    const report = await seedDemo(cms.payload, { onlyIfEmpty: true })
    expect(report).toEqual({
      categories: { created: 6, existing: 0 },
      authors: { created: 7, existing: 0 },
      articles: { created: 8, existing: 0 },
      failed: [],
    })
    const { docs } = await cms.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: 'publishedAt',
      depth: 1,
      limit: 20,
    })
    expect(docs.map((d: any) => [d.category.slug, d.title, d.authors[0].byline])).toEqual([
      [
        'phong-trao-toan-dan-bao-ve-antq',
        'Phát huy sức mạnh toàn dân trong việc thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc',
        'Thúy Triều',
      ],
      [
        'tin-tuc-su-kien',
        'Xây dựng thế trận an ninh nhân dân kết hợp chặt chẽ với thế trận quốc phòng toàn dân vững chắc',
        'BH',
      ],
      ['phong-trao-toan-dan-bao-ve-antq', BARE_TITLE, 'Ban biên tập'],
      [
        'an-ninh-trat-tu',
        'Công an tỉnh ra quân tổng kiểm soát phương tiện giao thông dịp cuối năm',
        'Minh Anh',
      ],
      ['tin-tuc-su-kien', 'Công an tỉnh triển khai chương trình công tác năm 2025', 'Quang Huy'],
      [
        'phong-chong-toi-pham',
        'Cảnh báo thủ đoạn giả danh cán bộ Công an gọi điện lừa đảo chiếm đoạt tài sản',
        'Hương Dịu',
      ],
      [
        'guong-nguoi-tot-viec-tot',
        'Chiến sĩ Công an xã trả lại tài sản cho người đánh rơi',
        'Quang Huy',
      ],
      [
        'cai-cach-hanh-chinh',
        'Cấp căn cước tại nhà cho người cao tuổi, người khuyết tật',
        'Thanh Hà',
      ],
    ])
  })

  test('every demo article has a public placeholder hero carrying its caption', async () => {
    const { docs } = await cms.payload.find({ collection: 'articles', depth: 1, limit: 20 })
    for (const doc of docs as any[]) {
      expect(doc.heroImage).toMatchObject({ placeholder: true, isPublic: true })
    }
  })

  test('no demo article shows the same photo twice: the figure that became the hero leaves the body', async () => {
    const { docs } = await cms.payload.find({ collection: 'articles', depth: 0, limit: 20 })
    for (const doc of docs as any[]) {
      const figures = doc.body.root.children
        .filter((n: any) => n.type === 'upload')
        .map((n: any) => n.value)
      expect([doc.heroImage, ...figures], doc.title).toEqual([
        ...new Set([doc.heroImage, ...figures]),
      ])
    }
    // The NukeViet sample's only photo is its hero, printed once, with its caption.
    const nukeviet = (docs as any[]).find((d) => d.legacyKey === 'file:nukeviet-2023-06-16.txt')
    expect(nukeviet.body.root.children.filter((n: any) => n.type === 'upload')).toEqual([])
    const hero = await cms.payload.findByID({ collection: 'media', id: nukeviet.heroImage })
    expect(hero.caption).toMatch(/^Hội nghị sơ kết hoạt động, mô hình điểm/)
  })

  test('the demo hero of an article without figures is captioned from the manifest', async () => {
    const { docs } = await cms.payload.find({ collection: 'articles', depth: 1, limit: 20 })
    const bare = docs.find((d) => d.legacyKey === 'file:bare-2024-01.txt') as any
    // The old portal's address, from the manifest (the real samples do not print it).
    expect(bare.legacyUrl).toBe(
      '/tin-tuc/hoi-nghi-tong-ket-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-nam-2023.html',
    )
    expect(bare.slug).toBe('hoi-nghi-tong-ket-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-nam-2023')
    expect(bare.publishedAt).toBe('2023-12-31T17:00:00.000Z')
    expect(bare.heroImage.caption).toBe(
      'Quang cảnh Hội nghị tổng kết phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm 2023',
    )
    const traffic = docs.find(
      (d) => d.legacyKey === 'file:2024-12-02-tong-kiem-soat-giao-thong.txt',
    ) as any
    expect(traffic.heroImage).toMatchObject({
      caption: 'Lực lượng Cảnh sát giao thông kiểm tra nồng độ cồn người điều khiển phương tiện',
      credit: 'Ảnh: Minh Anh',
    })
  })

  test('a second seed changes nothing, and onlyIfEmpty then skips', async () => {
    const before = await totals()
    expect(before).toEqual({
      articles: 8,
      media: 8,
      authors: 7,
      categories: 6,
      users: 0,
      versions: 8,
    })
    const again = await seedDemo(cms.payload)
    expect(again).toEqual({
      categories: { created: 0, existing: 6 },
      authors: { created: 0, existing: 7 },
      articles: { created: 0, existing: 8 },
      failed: [],
    })
    expect(await totals()).toEqual(before)
    expect(await seedDemo(cms.payload, { onlyIfEmpty: true })).toBeNull()
  })
})
