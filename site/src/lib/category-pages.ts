import { getSiteContent } from './content'
import { paginate } from './news'

export const CATEGORY_PAGE_SIZE = 20

/** Every page of every category; page 1 lives at /chuyen-muc/<slug>/, the rest at /trang-<n>/. */
export async function listCategoryPages() {
  const { categories, byCategory } = await getSiteContent()
  return categories.flatMap((category) =>
    paginate(byCategory.get(category.id) ?? [], CATEGORY_PAGE_SIZE).map(({ items, page, pageCount }) => ({
      category,
      articles: items,
      page,
      pageCount,
    })),
  )
}
