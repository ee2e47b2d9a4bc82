import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'

import { mediaVersion } from '../../site/src/lib/media-version'
import { richTextToPlainText } from '../../site/src/lib/rich-text/plain-text'
import { renderRichText } from '../../site/src/lib/rich-text/render-rich-text'
import { paragraph, richText } from '../helpers/content'

const [lead] = JSON.parse(
  readFileSync(new URL('./fixtures/articles.json', import.meta.url), 'utf8'),
)

const text = (t: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})
const block = (type: string, children: object[], extra: object = {}) => ({
  type,
  version: 1,
  children,
  ...extra,
})
const link = (url: string, label = 'liên kết') =>
  block('link', [text(label)], { fields: { linkType: 'custom', url, newTab: false } })

describe('renderRichText', () => {
  test('renders paragraphs, headings, lists, quotes and text formats', () => {
    const html = renderRichText(
      richText(
        block('heading', [text('Tuần tra')], { tag: 'h2' }),
        block('paragraph', [text('đậm', 1), text(' và '), text('nghiêng', 2)]),
        block('list', [block('listitem', [text('một')]), block('listitem', [text('hai')])], {
          listType: 'number',
        }),
        block('quote', [text('Vì nhân dân phục vụ')]),
      ),
    )
    expect(html).toBe(
      '<h2>Tuần tra</h2><p><strong>đậm</strong> và <em>nghiêng</em></p><ol><li>một</li><li>hai</li></ol>' +
        '<blockquote>Vì nhân dân phục vụ</blockquote>',
    )
  })

  test('turns a populated upload node into a figure with caption, credit and AVIF/WebP sources', () => {
    const html = renderRichText(lead.body)
    // The photo of the fixture's body: id 1, saved 2023-05-01 (lib/media-version.ts).
    const v = mediaVersion({ id: 1, updatedAt: '2023-05-01T00:00:00.000Z' })
    expect(html).toContain(
      `<figure class="figure"><picture><source type="image/avif" srcset="/media/tuan-tra-480x300.${v}.avif 480w, /media/tuan-tra-640x400.${v}.avif 640w"`,
    )
    expect(html).toContain(
      'width="640" height="400" alt="Lực lượng Công an tuần tra đêm" loading="lazy"',
    )
    expect(html).toContain(
      '<figcaption>Lực lượng Công an tuần tra đêm <span class="credit">Ảnh: Thanh Hà</span></figcaption>',
    )
  })

  test('drops an upload node whose image the public may not see (id instead of a document)', () => {
    const html = renderRichText(
      richText(paragraph('Trước'), { type: 'upload', relationTo: 'media', value: 7, version: 3 }),
    )
    expect(html).toBe('<p>Trước</p>')
  })

  test('escapes text, so markup typed into the editor is shown, never run', () => {
    const html = renderRichText(
      richText(paragraph('<script>alert("x")</script> & <img src=x onerror=alert(1)>')),
    )
    expect(html).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>',
    )
  })

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' \u0001javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '//evil.example/phish',
  ])('keeps the text but drops the link to %j', (url) => {
    expect(renderRichText(richText(block('paragraph', [link(url)])))).toBe('<p>liên kết</p>')
  })

  test('keeps safe links, marking external ones', () => {
    const html = renderRichText(
      richText(
        block('paragraph', [
          link('https://bocongan.gov.vn/'),
          link('/tin-tuc/mot-bai/'),
          link('tel:113'),
        ]),
      ),
    )
    expect(html).toBe(
      '<p><a href="https://bocongan.gov.vn/" rel="noopener nofollow">liên kết</a><a href="/tin-tuc/mot-bai/">liên kết</a>' +
        '<a href="tel:113">liên kết</a></p>',
    )
  })

  test('links internal links to the article page by slug', () => {
    const internal = block('link', [text('bài cũ')], {
      fields: {
        linkType: 'internal',
        doc: { relationTo: 'articles', value: { id: 3, slug: 'bai-cu' } },
      },
    })
    expect(renderRichText(richText(block('paragraph', [internal])))).toBe(
      '<p><a href="/tin-tuc/bai-cu/">bài cũ</a></p>',
    )
  })

  test('allows only known elements: raw HTML nodes, forged tags and attributes never come out', () => {
    const html = renderRichText(
      richText(
        { type: 'html', version: 1, html: '<script>alert(1)</script>' },
        block('heading', [text('tiêu đề')], { tag: 'img src=x onerror=alert(1)' }),
        block('list', [block('listitem', [text('mục')], { value: '1" onclick="alert(1)' })], {
          listType: 'bullet',
          tag: 'script',
        }),
        block('paragraph', [text('đoạn')], {
          format: 'center" onmouseover="alert(1)',
          style: 'background:url(javascript:x)',
        }),
        block('embed', [text('chữ trong khối lạ')]),
      ),
    )
    expect(html).toBe('<p>tiêu đề</p><ul><li>mục</li></ul><p>đoạn</p>chữ trong khối lạ')
    expect(html).not.toMatch(/on\w+=|script|style=/i)
  })

  test('renders nothing for a missing body', () => {
    expect(renderRichText(null)).toBe('')
    expect(renderRichText({ root: 'x' })).toBe('')
  })

  test('gives the plain text of a body, image captions included, for search and feeds', () => {
    expect(richTextToPlainText(lead.body)).toBe(
      'Lực lượng Công an quyết tâm bảo vệ an ninh Tổ quốc, giữ bình yên cho nhân dân.\nLực lượng Công an tuần tra đêm\n' +
        'Tuần tra ban đêm\nCác tổ công tác tuần tra liên tục trên các tuyến phố.',
    )
  })

  test('a tree nested 10,000 deep renders without overflowing the stack, its deep part as text', () => {
    let node: object = text('tận cùng')
    for (let i = 0; i < 10_000; i++) node = block('quote', [node])
    const html = renderRichText(richText(block('paragraph', [text('Mở đầu ')]), node as never))
    expect(html).toMatch(/^<p>Mở đầu <\/p>(<blockquote>){31}tận cùng(<\/blockquote>){31}$/)
    expect(richTextToPlainText(richText(node as never))).toBe('tận cùng')
  })

  test('a link to a site page that does not exist keeps its words only and is reported', () => {
    const missing: Array<[string, string]> = []
    const html = renderRichText(
      richText(
        block('paragraph', [
          link('/tin-tuc/da-go/?a=1#b', 'bài cũ'),
          text(' · '),
          link('/chuyen-muc/giao-thong/', 'giao thông'),
        ]),
      ),
      {
        pageExists: (path) => path === '/chuyen-muc/giao-thong/',
        missingLink: (href, words) => missing.push([href, words]),
      },
    )
    expect(html).toBe('<p>bài cũ · <a href="/chuyen-muc/giao-thong/">giao thông</a></p>')
    expect(missing).toEqual([['/tin-tuc/da-go/?a=1#b', 'bài cũ']])
  })
})
