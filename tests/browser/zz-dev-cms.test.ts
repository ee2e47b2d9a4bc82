// Temporary dev harness (never committed): a seeded CMS whose REST URL is written to /tmp/wt13/cms-url.
import { writeFileSync } from 'node:fs'
import { test } from 'vitest'
import { startTestCms } from '../helpers/payload'
import { startRestServer } from '../helpers/rest-server'
import { seedNews } from '../site/helpers/seed-news'
import { seedReaderNews } from '../site/helpers/seed-reader'

test('dev cms', async () => {
  const cms = await startTestCms()
  const news = await seedNews(cms.payload)
  await seedReaderNews(cms.payload, news)
  const rest = await startRestServer(cms.config)
  writeFileSync('/tmp/wt13/cms-url', rest.url)
  await new Promise(() => {})
}, 1e9)
