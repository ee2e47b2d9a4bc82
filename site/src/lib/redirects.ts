import type { Article } from '@bantin/content-types'
import { legacyLookupKey, legacyPathOf, type Redirect } from '@bantin/content-types/legacy-url'

import type { BuildProblem, ReportProblem } from './build-report'
import { hasPath } from './site-paths'
import { articlePath } from './urls'

// Folders the build itself fills: an old address there would shadow a file of the site.
const SITE_FOLDERS = ['/_astro/', '/media/', '/pagefind/']

const problem = (article: Article, message: string, detail: string): BuildProblem => ({
  collection: 'articles',
  id: String(article.id),
  title: article.title,
  kind: 'link',
  action: 'fixed-up',
  message,
  detail,
})

/**
 * The old address of each published article and the page that replaced it. An address the site
 * cannot answer for (not a path, one of its own pages, another article's old address) is left out
 * and reported: the article itself is published as usual. `articles` newest first; of two
 * articles claiming one old address, the one published first keeps it (it was there first).
 */
export function legacyRedirects(
  articles: Article[],
  paths: Set<string>,
  report: ReportProblem,
): Redirect[] {
  const taken = new Map<string, Article>()
  const redirects: Redirect[] = []
  for (const article of [...articles].reverse()) {
    const written = article.legacyUrl?.trim()
    if (!written) continue
    const from = legacyPathOf(written)
    const quoted = `«${article.title}»`
    if (from === null) {
      report(
        problem(
          article,
          `Địa chỉ cũ “${written}” của bài ${quoted} không phải một đường dẫn (bắt đầu bằng /) hay địa chỉ http(s)://, ` +
            'nên địa chỉ cũ không chuyển về bài. Hãy sửa ô "Địa chỉ cũ" của bài.',
          `article ${article.id}: legacyUrl ${JSON.stringify(written)} is not a path or http(s) address`,
        ),
      )
      continue
    }
    const path = from.split('?')[0]!
    const page = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path
    if (hasPath(paths, page) || SITE_FOLDERS.some((folder) => path.startsWith(folder))) {
      report(
        problem(
          article,
          `Địa chỉ cũ “${written}” của bài ${quoted} trùng một trang của trang web mới, nên không chuyển về bài. ` +
            'Hãy kiểm tra ô "Địa chỉ cũ" của bài.',
          `article ${article.id}: legacyUrl ${from} is a path of the site itself`,
        ),
      )
      continue
    }
    const key = legacyLookupKey(from)
    const owner = taken.get(key)
    if (owner) {
      report(
        problem(
          article,
          `Địa chỉ cũ “${written}” của bài ${quoted} đã là địa chỉ cũ của bài «${owner.title}», nên vẫn chuyển về bài đó. ` +
            'Hãy kiểm tra ô "Địa chỉ cũ" của hai bài.',
          `article ${article.id}: legacyUrl ${from} already redirects to article ${owner.id}`,
        ),
      )
      continue
    }
    taken.set(key, article)
    redirects.push({ from, to: articlePath(article.slug) })
  }
  // By code unit: the same order on every machine, whatever its locale.
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}
