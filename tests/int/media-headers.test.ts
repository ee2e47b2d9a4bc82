import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import nextConfig from '../../cms/next.config.mjs'
import { createBasics } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { createStaff } from '../helpers/staff'

let cms: TestCms
let staff: Awaited<ReturnType<typeof createStaff>>
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  cms = await startTestCms()
  staff = await createStaff(cms.payload)
  basics = await createBasics(cms.payload)
})
afterAll(async () => cms?.close())

describe('CMS response headers', () => {
  test('a media file is served with nosniff, so a browser never reads it as a page', async () => {
    const name = basics.media.filename!
    const request = new Request(`http://localhost:3000/api/media/file/${name}`, {
      headers: { Authorization: `JWT ${staff.editor.token}` },
    })
    const response = await REST_GET(cms.config)(request, {
      params: Promise.resolve({ slug: ['media', 'file', name] }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/jpeg')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  /**
   * Next.js applies `headers()` from next.config to every response it sends (admin pages, API,
   * files). Starting Next here would cost a production build; the config function is what it reads.
   */
  test('the admin and the API refuse framing and sniffing on every path', async () => {
    const rules = await nextConfig.headers!()
    const forPath = (path: string) => {
      const found = new Map<string, string>()
      for (const rule of rules) {
        const pattern = new RegExp(`^${rule.source.replace('/:path*', '(?:/.*)?')}$`)
        if (pattern.test(path))
          for (const { key, value } of rule.headers) found.set(key.toLowerCase(), value)
      }
      return found
    }
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      '/api/articles',
      '/api/media/file/a.jpg',
      '/',
    ]) {
      const headers = forPath(path)
      expect(headers.get('x-frame-options'), path).toBe('DENY')
      expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
    }
  })
})
