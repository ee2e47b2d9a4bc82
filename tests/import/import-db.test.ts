import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { slugify } from '@bantin/content-types/slugify'

import { collectInputs } from '../../scripts/import/collect-inputs'
import { loadImportState } from '../../scripts/import/import-state'
import { parseLegacyArticle } from '../../scripts/import/parse-legacy-article'
import { planArticle } from '../../scripts/import/plan-article'
import { placeholderHue } from '../../scripts/import/placeholder-image'
import { placeholderTag, upsertPlaceholderMedia } from '../../scripts/import/placeholder-media'
import { saveArticle } from '../../scripts/import/save-article'
import { formatCounts, runImport } from '../../scripts/import/run-import'
import { startTestCms, type TestCms } from '../helpers/payload'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const PP = 'publishingportal-2023-11-14.txt'
const NV = 'nukeviet-2023-06-16.txt'
const BARE = 'bare-2024-01.txt'
const PP_TITLE =
  'Xây dựng thế trận an ninh nhân dân kết hợp chặt chẽ với thế trận quốc phòng toàn dân vững chắc'
const PP_SLUG =
  'xay-dung-the-tran-an-ninh-nhan-dan-ket-hop-chat-che-voi-the-tran-quoc-phong-toan-dan-vung-chac'
const PP_CAPTION =
  'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc tại phường Đức Xuân, thành phố Bắc Kạn năm 2023'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.close())

const importFixtures = async (names: string[], options = {}) =>
  runImport(cms.payload, await collectInputs(names.map((n) => path.join(fixtures, n))), options)

async function stored(key: string) {
  const { docs } = await cms.payload.find({
    collection: 'articles',
    where: { legacyKey: { equals: key } },
    draft: true,
    depth: 2,
  })
  expect(docs).toHaveLength(1)
  return docs[0] as any
}

const bodyShape = (doc: any) => doc.body.root.children.map((n: any) => n.type)

describe('import into the CMS', () => {
  test('the three samples become drafts with every extracted field stored', async () => {
    const { counts } = await importFixtures([PP, NV, BARE])
    expect(counts).toEqual({
      files: 3,
      created: 3,
      updated: 0,
      published: 0,
      draftsWithWarnings: 1,
      withWarnings: 1,
      failed: 0,
      unchanged: 0,
    })

    const pp = await stored(`file:${PP}`)
    expect(pp).toMatchObject({
      title: PP_TITLE,
      slug: PP_SLUG,
      _status: 'draft',
      legacyViews: null,
    })
    expect(pp.lead).toMatch(/^Phát huy vai trò là lực lượng nòng cốt, năm 2023, .* xã hội\.$/)
    expect(pp.publishedAt).toBe('2023-11-13T17:00:00.000Z')
    expect(pp.publishedAt_tz).toBe('Asia/Ho_Chi_Minh')
    expect(pp.authors.map((a: any) => [a.byline, a.fullName, a.unit])).toEqual([
      ['BH', 'BH', 'Công an tỉnh'],
    ])
    expect([pp.category.slug, pp.category.name]).toEqual(['tin-tuc-su-kien', 'Tin tức – Sự kiện'])
    // The lead is a field of its own; the body starts with the next paragraph.
    expect(bodyShape(pp)).toEqual([
      'paragraph',
      'paragraph',
      'upload',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    expect(pp.body.root.children[0].children[0].text).toMatch(
      /^Công an các đơn vị, địa phương đã tập trung/,
    )
    const upload = pp.body.root.children[2]
    expect(upload).toMatchObject({ relationTo: 'media', fields: null, format: '', version: 3 })
    expect(upload.id).toMatch(/^[0-9a-f]{24}$/)
    expect(upload.value).toMatchObject({
      caption: PP_CAPTION,
      alt: PP_CAPTION,
      credit: null,
      placeholder: true,
      isPublic: false,
      mimeType: 'image/jpeg',
      width: 1200,
      height: 800,
    })
    expect(upload.value.filename).toMatch(/^anh-tam-ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-/)
    expect(upload.value.sizes.w800_webp.width).toBe(800)

    const nv = await stored(`file:${NV}`)
    expect(nv.title).toBe(
      'Phát huy sức mạnh toàn dân trong việc thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc',
    )
    expect(nv.slug).toBe(
      'phat-huy-suc-manh-toan-dan-trong-viec-thuc-hien-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc',
    )
    expect(nv.publishedAt).toBe('2023-06-16T16:02:00.000Z')
    expect(nv.legacyViews).toBe(1141)
    expect(nv.lead).toHaveLength(723)
    expect(nv.authors.map((a: any) => a.byline)).toEqual(['Thúy Triều'])
    expect(bodyShape(nv)).toEqual([
      'upload',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    expect(nv.body.root.children[0].value.caption).toMatch(
      /^Hội nghị sơ kết hoạt động, mô hình điểm “Tổ công nhân/,
    )

    const bare = await stored(`file:${BARE}`)
    expect(bare).toMatchObject({
      title: '(Chưa có tiêu đề) bare-2024-01.txt',
      slug: 'chua-co-tieu-de-bare-2024-01-txt',
      publishedAt: '2023-12-31T17:00:00.000Z',
    })
    expect(bare.authors.map((a: any) => [a.byline, a.unit])).toEqual([
      ['Ban biên tập', 'Công an tỉnh'],
    ])
    expect(bodyShape(bare)).toEqual(Array(8).fill('paragraph'))
  })

  test('re-importing an unchanged file writes nothing and says so', async () => {
    const before = await stored(`file:${PP}`)
    const versions = (await cms.payload.countVersions({ collection: 'articles' })).totalDocs
    const { counts, outcomes } = await importFixtures([PP])
    expect([counts.created, counts.updated, counts.unchanged, counts.failed]).toEqual([0, 0, 1, 0])
    expect(outcomes[0].saved).toMatchObject({ action: 'unchanged', id: before.id, slug: PP_SLUG })
    expect((await cms.payload.countVersions({ collection: 'articles' })).totalDocs).toBe(versions)
    expect(formatCounts(counts, false)).toBe(
      'Kết quả: 0 bài mới, 0 bài cập nhật, 0 bài xuất bản, 0 bản nháp có cảnh báo, ' +
        '0 tệp lỗi (trên 1 tệp), 1 bài đã có, không đổi.',
    )
  })

  test('re-importing a changed file updates its article and its caption media', async () => {
    const before = await stored(`file:${PP}`)
    const media = (await cms.payload.count({ collection: 'media' })).totalDocs
    const dir = mkdtempSync(path.join(tmpdir(), 'bantin-changed-'))
    const text = readFileSync(path.join(fixtures, PP), 'utf8')
    writeFileSync(path.join(dir, PP), text.replace('47 loại mô hình', '48 loại mô hình'))
    const { counts, outcomes } = await runImport(cms.payload, await collectInputs([dir]))
    rmSync(dir, { recursive: true, force: true })
    expect([counts.created, counts.updated, counts.failed]).toEqual([0, 1, 0])
    expect(outcomes[0].saved).toMatchObject({ action: 'updated', id: before.id, slug: PP_SLUG })
    const after = await stored(`file:${PP}`)
    expect(after.body.root.children[1].children[0].text).toContain('48 loại mô hình')
    expect(after.body.root.children[2].value.id).toBe(before.body.root.children[2].value.id)
    expect((await cms.payload.count({ collection: 'media' })).totalDocs).toBe(media)
    expect((await cms.payload.count({ collection: 'articles' })).totalDocs).toBe(3)
  })

  test('--publish publishes complete articles only; the untitled one stays a draft', async () => {
    const { counts, outcomes } = await importFixtures([PP, NV, BARE], { publish: true })
    // The untitled one stays exactly the draft it was: nothing to write.
    expect([counts.updated, counts.published, counts.unchanged]).toEqual([2, 2, 1])
    expect(outcomes[2].summary.warnings.at(-1)).toBe(
      'Chưa xuất bản: bài còn thiếu thông tin (xem các cảnh báo trên), giữ ở dạng nháp',
    )
    const published = await cms.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: 'publishedAt',
      depth: 0,
    })
    expect(published.docs.map((d) => d.legacyKey)).toEqual([`file:${NV}`, `file:${PP}`])
    // Published articles make their images public.
    const pp = await stored(`file:${PP}`)
    expect(pp.body.root.children[2].value.isPublic).toBe(true)
  })

  test('an unknown category is refused before anything is written', async () => {
    const articles = (await cms.payload.count({ collection: 'articles' })).totalDocs
    await expect(importFixtures([PP], { category: 'khong-co' })).rejects.toThrow(
      'Không có chuyên mục “khong-co”. Các chuyên mục hiện có: tin-tuc-su-kien',
    )
    expect((await cms.payload.count({ collection: 'articles' })).totalDocs).toBe(articles)
  })

  test('another file with the same headline gets a numbered slug', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bantin-copy-'))
    copyFileSync(path.join(fixtures, PP), path.join(dir, 'ban-sao.txt'))
    const { outcomes } = await runImport(cms.payload, await collectInputs([dir]))
    rmSync(dir, { recursive: true, force: true })
    expect(outcomes[0].saved).toMatchObject({ action: 'created', slug: `${PP_SLUG}-2` })
  })

  test('two headlines alike in their first 96 slug characters both import', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bantin-long-'))
    const long =
      'Công an huyện Chợ Đồn phối hợp bảo đảm cấp căn cước và định danh điện tử trên các tuyến quốc lộ'
    const page = (year: number) =>
      [
        `${long} năm ${year}`,
        '05/05/2025 08:00',
        'Công an tỉnh tuần tra bảo đảm an ninh.',
        'Các đơn vị báo cáo kết quả./.',
        'Minh Anh',
      ].join('\n')
    writeFileSync(path.join(dir, 'dai-1.txt'), page(2017))
    writeFileSync(path.join(dir, 'dai-2.txt'), page(2018))
    const { outcomes, counts } = await runImport(cms.payload, await collectInputs([dir]))
    rmSync(dir, { recursive: true, force: true })
    expect(counts.failed).toBe(0)
    const [first, second] = outcomes.map((o) => o.saved!.slug)
    expect(first).toBe(slugify(`${long} năm 2017`))
    expect(second).toMatch(/-2$/)
    expect(second.length).toBeLessThanOrEqual(96)
    expect(slugify(second)).toBe(second)
  })

  test('a placeholder left by a run killed before its article was saved is reused', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bantin-orphan-'))
    copyFileSync(path.join(fixtures, NV), path.join(dir, 'mo-coi.txt'))
    const state = await loadImportState(cms.payload)
    // What the killed run got as far as: the first caption's image, no article.
    const orphan = await upsertPlaceholderMedia(
      cms.payload,
      { caption: 'Hội nghị sơ kết', credit: null },
      { state, tag: placeholderTag('file:mo-coi.txt', 0) },
    )
    const media = (await cms.payload.count({ collection: 'media' })).totalDocs
    const { counts } = await runImport(cms.payload, await collectInputs([dir]))
    rmSync(dir, { recursive: true, force: true })
    expect(counts.created).toBe(1)
    expect((await cms.payload.count({ collection: 'media' })).totalDocs).toBe(media)
    const article = await stored('file:mo-coi.txt')
    expect(article.body.root.children[0].value).toMatchObject({
      id: orphan,
      caption: expect.stringMatching(/^Hội nghị sơ kết hoạt động, mô hình điểm/),
      placeholder: true,
    })
  })

  test('placeholders of one hue share the files Payload made, each under its own name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bantin-hue-'))
    for (const name of ['cung-mau-a.txt', 'cung-mau-b.txt']) {
      copyFileSync(path.join(fixtures, PP), path.join(dir, name))
    }
    const { outcomes } = await runImport(cms.payload, await collectInputs([dir]))
    rmSync(dir, { recursive: true, force: true })
    const [first, copy] = await Promise.all(
      outcomes.map(async (o) => {
        const article = await stored(`file:${path.basename(o.summary.file)}`)
        const id = article.body.root.children[2].value.id
        return cms.payload.findByID({ collection: 'media', id, depth: 0 }) as Promise<any>
      }),
    )
    expect(placeholderHue(copy.caption)).toBe(placeholderHue(first.caption))
    expect(copy.id).not.toBe(first.id)
    expect(copy.filename).not.toBe(first.filename)
    expect(copy).toMatchObject({
      caption: PP_CAPTION,
      alt: PP_CAPTION,
      placeholder: true,
      width: 1200,
    })
    const mediaDir = cms.payload.collections.media.config.upload.staticDir!
    const bytes = (name: string) => readFileSync(path.join(mediaDir, name))
    expect(bytes(copy.filename).equals(bytes(first.filename))).toBe(true)
    expect(Object.keys(copy.sizes)).toEqual(Object.keys(first.sizes))
    for (const [name, size] of Object.entries<any>(first.sizes)) {
      const copied = copy.sizes[name]
      const shape = (s: any) => [s.width, s.height, s.mimeType]
      expect(shape(copied)).toEqual(shape(size))
      expect(copied.url).toMatch(new RegExp(`/api/media/file/${copied.filename}$`))
      expect(bytes(copied.filename).equals(bytes(size.filename))).toBe(true)
    }
  })

  test('a refused write leaves no stray placeholder in the media library', async () => {
    const text = readFileSync(path.join(fixtures, PP), 'utf8')
    const plan = planArticle(parseLegacyArticle(text, 'moi.txt'), { publish: true })
    const media = (await cms.payload.count({ collection: 'media' })).totalDocs
    await expect(
      saveArticle(cms.payload, plan, { categoryId: 999_999, categoryExplicit: true }),
    ).rejects.toThrow('category')
    expect((await cms.payload.count({ collection: 'media' })).totalDocs).toBe(media)
  })

  test('an article in the trash is reported, not duplicated', async () => {
    const nv = await stored(`file:${NV}`)
    await cms.payload.update({
      collection: 'articles',
      id: nv.id,
      data: { deletedAt: new Date().toISOString() },
    })
    const { counts, outcomes } = await importFixtures([NV])
    expect(counts.failed).toBe(1)
    expect(outcomes[0].summary.warnings).toEqual([
      'Không lưu được bài vào CMS: Bài “Phát huy sức mạnh toàn dân trong việc thực hiện phong ' +
        'trào Toàn dân bảo vệ an ninh Tổ quốc” (mã nhập file:nukeviet-2023-06-16.txt) đang ở ' +
        'thùng rác: khôi phục hoặc xóa hẳn bài đó trong trang quản trị rồi nhập lại.',
    ])
  })

  test("the page's address printed in the export is stored as the article's old address", async () => {
    await importFixtures(['layouts/dia-chi-trang.txt'])
    const doc = await stored('file:dia-chi-trang.txt')
    expect(doc.legacyUrl).toBe(
      'https://congan.binhphuoc.gov.vn/vi/news/an-ninh-trat-tu/canh-bao-lua-dao-qua-mang-1234.html',
    )
    expect(JSON.stringify(doc.body)).not.toContain('http')
  })
})
