import { wantedNoticeSchema } from '@bantin/content-types'
import { describe, expect, test } from 'vitest'

import { syncCms } from '../../site/src/loader'
import { createFakeCms } from './helpers/fake-cms'
import { createLoaderContext } from './helpers/loader-context'

const CMS = 'http://cms.test'
const notice = (id: number, fullName: string, updatedAt: string) => ({
  id,
  fullName,
  offence: 'Giết người',
  decisionNumber: `${id}/QĐ`,
  decisionDate: '2026-11-01T00:00:00.000Z',
  issuingUnit: 'Công an tỉnh',
  status: 'wanted',
  slug: `doi-tuong-${id}`,
  updatedAt,
})

describe('syncCms for wanted notices', () => {
  test('drops a notice the CMS stops listing (expired, its updatedAt unchanged) while another is published', async () => {
    const cms = createFakeCms({
      'wanted-notices': [
        notice(1, 'Nguyễn Văn A', '2026-12-01T00:00:00.000Z'),
        notice(2, 'Trần Văn B', '2026-12-01T00:00:00.000Z'),
      ],
    })
    const store = createLoaderContext(wantedNoticeSchema)
    const sync = () => syncCms('wanted-notices', { cmsUrl: CMS, fetch: cms.fetch }, store.context)
    await sync()
    expect([...store.entries.keys()].sort()).toEqual(['1', '2'])
    // Notice 1 expires (the CMS stops listing it, with no change to its updatedAt) as notice 3 is published.
    cms.collections['wanted-notices'] = [
      notice(2, 'Trần Văn B', '2026-12-01T00:00:00.000Z'),
      notice(3, 'Lê Văn C', '2026-12-02T00:00:00.000Z'),
    ]
    await sync()
    expect([...store.entries.keys()].sort()).toEqual(['2', '3'])
  })
})
