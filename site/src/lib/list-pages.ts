import { getSiteContent } from './content'
import { paginate } from './news'

/** Every page of every category (paths: categoryPath in urls.ts). */
export async function listCategoryPages() {
  const { categories, byCategory } = await getSiteContent()
  return categories.flatMap((category) =>
    paginate(byCategory.get(category.id) ?? []).map(({ items, page, pageCount, continues }) => ({
      category,
      articles: items,
      page,
      pageCount,
      continues,
    })),
  )
}

/** Every page of every tag, newest articles first. */
export async function listTagPages() {
  const { tags } = await getSiteContent()
  return tags.flatMap((tag) =>
    paginate(tag.articles).map(({ items, page, pageCount, continues }) => ({
      slug: tag.slug,
      name: tag.name,
      articles: items,
      page,
      pageCount,
      continues,
    })),
  )
}

/** Every page of every author's bylines, newest first. */
export async function listAuthorPages() {
  const { authors, byAuthor } = await getSiteContent()
  return authors.flatMap((author) =>
    paginate(byAuthor.get(author.id) ?? []).map(({ items, page, pageCount, continues }) => ({
      author,
      articles: items,
      page,
      pageCount,
      continues,
    })),
  )
}
