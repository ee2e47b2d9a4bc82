import type { Article, Category } from '@bantin/content-types'
import type { APIRoute, GetStaticPaths } from 'astro'

import { getSiteContent } from '../../../lib/content'
import { renderRss, xmlResponse } from '../../../lib/rss'
import { categoryFeedPath, categoryPath } from '../../../lib/urls'
import { SITE_INFO } from '../../../site-info'

export const getStaticPaths: GetStaticPaths = async () => {
  const { categories, byCategory } = await getSiteContent()
  return categories.map((category) => ({
    params: { slug: category.slug },
    props: { category, articles: byCategory.get(category.id) ?? [] },
  }))
}

export const GET: APIRoute = ({ props, site }) => {
  const { category, articles } = props as { category: Category; articles: Article[] }
  const channel = {
    title: `${category.name} – ${SITE_INFO.shortTitle}`,
    description: category.description || `Tin ${category.name}`,
    link: categoryPath(category.slug),
    self: categoryFeedPath(category.slug),
  }
  return xmlResponse(renderRss(channel, articles, site!))
}
