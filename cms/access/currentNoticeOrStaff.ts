import type { Access } from 'payload'

import { currentNoticeWhere } from '../rebuild/currentNotice'
import { hasRole } from './roles'

/** Staff read every notice; the public only current ones (published, still wanted, not expired). */
export const currentNoticeOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'reporter', 'editor', 'admin') ? true : currentNoticeWhere()
