import { test } from 'vitest'
import { startTestCms } from '../helpers/payload'
import { startRestServer } from '../helpers/rest-server'
import { createBasics, paragraph, richText } from '../helpers/content'

test('explore', async () => {
  const cms = await startTestCms()
  const { category, author, media } = await createBasics(cms.payload)
  const a = await cms.payload.create({ collection: 'articles', data: {
    title: 'Bảo vệ an ninh Tổ quốc', lead: 'Sapo', authors: [author.id], category: category.id, tags: ['An ninh', 'Tuần tra'], heroImage: media.id,
    body: richText(paragraph('Xin chào'), { type: 'upload', relationTo: 'media', value: media.id, fields: null, format: '', version: 3 }),
    _status: 'published' } as any })
  const server = await startRestServer(cms.config)
  const q = '/api/articles?depth=1&limit=1&select[title]=true&select[body]=true&select[heroImage]=true&select[authors]=true&select[category]=true&select[_status]=true&select[updatedAt]=true&select[publishedAt]=true&select[seo]=true&select[tags]=true'
  const r = await fetch(server.url + q)
  console.log('Q1', JSON.stringify(await r.json(), null, 1))
  const m = await fetch(server.url + '/api/media?depth=0')
  console.log('M', JSON.stringify(await m.json()).slice(0, 500))
  const p = await fetch(server.url + '/api/articles?where[id][in]=1,2&select[slug]=true&depth=0')
  console.log('P', await p.text())
  const p2 = await fetch(server.url + '/api/articles?where[updatedAt][greater_than]=2020-01-01T00:00:00.000Z&sort=updatedAt&select[slug]=true&depth=0')
  console.log('P2', await p2.text())
  await server.close(); await cms.close()
}, 120000)
