import { getSiteContent } from './content'
import { LIST_PAGE_SIZE, paginate } from './news'

export { LIST_PAGE_SIZE }

/** Every page of every category; page 1 lives at /chuyen-muc/<slug>/, the rest at /trang-<n>/. */
export async function listCategoryPages() {
  const { categories, byCategory } = await getSiteContent()
  return categories.flatMap((category) =>
    paginate(byCategory.get(category.id) ?? [], LIST_PAGE_SIZE).map(({ items, page, pageCount }) => ({
      category,
      articles: items,
      page,
      pageCount,
    })),
  )
}

/** Every page of every tag, newest articles first. */
export async function listTagPages() {
  const { tags } = await getSiteContent()
  return tags.flatMap((tag) =>
    paginate(tag.articles, LIST_PAGE_SIZE).map(({ items, page, pageCount }) => ({
      slug: tag.slug,
      name: tag.name,
      articles: items,
      page,
      pageCount,
    })),
  )
}

/** Every page of every author's bylines, newest first. */
export async function listAuthorPages() {
  const { authors, byAuthor } = await getSiteContent()
  return authors.flatMap((author) =>
    paginate(byAuthor.get(author.id) ?? [], LIST_PAGE_SIZE).map(({ items, page, pageCount }) => ({
      author,
      articles: items,
      page,
      pageCount,
    })),
  )
}

/** The rest parameter of a paged list route: none for page 1, `trang-<n>` after. */
export const pageParam = (page: number) => (page > 1 ? `trang-${page}` : undefined)
