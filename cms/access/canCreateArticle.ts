import type { Access } from 'payload'

import { isEditorUser, isReporterUser } from './roles'

/** Any staff member may write; only editors and admins may create an article already published. */
export const canCreateArticle: Access = ({ req, data }) =>
  isEditorUser(req.user) || (isReporterUser(req.user) && data?._status !== 'published')
