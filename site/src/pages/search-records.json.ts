import type { APIRoute } from 'astro'

import { getSiteContent } from '../lib/content'
import { toSearchRecord } from '../lib/search-records'

// Input for the Pagefind step of the build (src/integration); deleted from dist once indexed.
export const GET: APIRoute = async () => {
  const { articles } = await getSiteContent()
  return new Response(JSON.stringify(articles.map(toSearchRecord)))
}
