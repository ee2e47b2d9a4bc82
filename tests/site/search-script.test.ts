// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'

import { runSearchPage } from '../../site/src/scripts/search'

const result = (url: string, title: string) => ({
  data: async () => ({
    url,
    meta: { title, lead: `Sapo ${title}`, date: '01/03/2024', category: 'An ninh' },
  }),
})

// Pagefind's browser module, as the built site serves it: one result's fragment file was deleted
// by a takedown after the index was built, so loading its data fails.
vi.mock('/pagefind/pagefind.js', () => ({
  search: async () => ({
    results: [
      result('/tin-tuc/a/', 'Bài A'),
      { data: () => Promise.reject(new Error('Decompressing Fragment x appears to have failed')) },
      result('/tin-tuc/c/', 'Bài C'),
    ],
  }),
}))

test('a result whose search fragment no longer loads is skipped; the others are listed', async () => {
  document.body.innerHTML = '<input id="q"><p id="search-status"></p><ol id="search-results"></ol>'
  history.replaceState(null, '', '/tim-kiem/?q=an+ninh')
  await runSearchPage()
  expect([...document.querySelectorAll('#search-results h2')].map((h) => h.textContent)).toEqual([
    'Bài A',
    'Bài C',
  ])
  expect(document.getElementById('search-status')!.textContent).toBe(
    'Tìm thấy 2 bài cho “an ninh”.',
  )
})
