import { foldDiacritics } from '../lib/fold'

interface Result {
  url: string
  meta: { title: string; lead: string; date: string; category: string }
}
interface Pagefind {
  search: (query: string) => Promise<{ results: Array<{ data: () => Promise<Result> }> }>
}

const PAGE = 20

function renderResult({ url, meta }: Result): HTMLLIElement {
  const li = document.createElement('li')
  const article = li.appendChild(document.createElement('article'))
  const h2 = article.appendChild(document.createElement('h2'))
  const a = h2.appendChild(document.createElement('a'))
  a.href = url
  a.textContent = meta.title
  const info = article.appendChild(document.createElement('p'))
  info.className = 'meta'
  info.textContent = meta.category ? `${meta.category} · ${meta.date}` : meta.date
  article.appendChild(document.createElement('p')).textContent = meta.lead
  return li
}

/** Searches the prebuilt Pagefind index with the folded query: the index holds folded text too. */
export async function runSearchPage(): Promise<void> {
  const input = document.getElementById('q') as HTMLInputElement
  const status = document.getElementById('search-status')!
  const list = document.getElementById('search-results')!
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? ''
  input.value = query
  if (!query) return
  status.textContent = 'Đang tìm…'
  const path = '/pagefind/pagefind.js'
  const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind
  const { results } = await pagefind.search(foldDiacritics(query))
  // An article taken down since the index was built has lost its fragment file: its result
  // cannot load and is skipped, while the other results still show.
  const loaded = await Promise.allSettled(results.slice(0, PAGE).map((r) => r.data()))
  const shown = loaded.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  list.replaceChildren(...shown.map(renderResult))
  const found = results.length - (loaded.length - shown.length)
  status.textContent = found
    ? `Tìm thấy ${found} bài cho “${query}”${found > shown.length ? `, hiện ${shown.length} bài đầu` : ''}.`
    : `Không tìm thấy bài nào cho “${query}”.`
  document.title = `${query} – Tìm kiếm`
}
