import type { Access } from 'payload'

import { hasRole } from './roles'

/** Any staff member may write; only editors and admins may create an article already published. */
export const canCreateArticle: Access = ({ req, data }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  return hasRole(req.user, 'reporter') && data?._status !== 'published'
}
