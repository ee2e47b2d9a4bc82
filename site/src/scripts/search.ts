import { foldDiacritics } from '../lib/fold'
import { excerpt, rankByTypedWords } from '../lib/search-rank'

interface Result {
  url: string
  meta: { title: string; lead: string; date: string; category: string; text?: string }
}
interface Pagefind {
  search: (query: string) => Promise<{ results: Array<{ data: () => Promise<Result> }> }>
}

const PAGE = 20
/** Ranked again by the words as typed (lib/search-rank.ts): Pagefind's first results, a few fragments each. */
const RANKED = 60

function renderResult({ url, meta }: Result, query: string): HTMLLIElement {
  const li = document.createElement('li')
  const article = li.appendChild(document.createElement('article'))
  const h2 = article.appendChild(document.createElement('h2'))
  const a = h2.appendChild(document.createElement('a'))
  a.href = url
  a.textContent = meta.title
  const info = article.appendChild(document.createElement('p'))
  info.className = 'meta'
  info.textContent = meta.category ? `${meta.category} · ${meta.date}` : meta.date
  const words = article.appendChild(document.createElement('p'))
  words.className = 'excerpt'
  // Text nodes and <mark>s only: the article's words never become HTML.
  for (const part of excerpt(meta.text ?? meta.lead, query)) {
    words.append(
      part.mark
        ? Object.assign(document.createElement('mark'), { textContent: part.text })
        : part.text,
    )
  }
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
  const loaded = await Promise.allSettled(results.slice(0, RANKED).map((r) => r.data()))
  const found = loaded.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  const shown = rankByTypedWords(
    found,
    (r) => `${r.meta.title}\n${r.meta.text ?? r.meta.lead}`,
    query,
  ).slice(0, PAGE)
  list.replaceChildren(...shown.map((result) => renderResult(result, query)))
  const count = results.length - (loaded.length - found.length)
  status.textContent = count
    ? `Tìm thấy ${count} bài cho “${query}”${count > shown.length ? `, hiện ${shown.length} bài đầu` : ''}.`
    : `Không tìm thấy bài nào cho “${query}”.`
  document.title = `${query} – Tìm kiếm`
}
