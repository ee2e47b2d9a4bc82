import { articlePath } from '../../site/src/lib/urls'
import { settings } from '../settings'

/** The live page of an article on the public site (its paths come from the site's own urls.ts). */
export const publicArticleUrl = (slug: string) => `${settings.siteUrl}${articlePath(slug)}`

/** The article's edit screen in the admin, on the CMS's public address. */
export const adminArticleUrl = (id: number | string) =>
  `${settings.serverUrl}/admin/collections/articles/${id}`
