import type { Access } from 'payload'

import { isOwnLock, isStaffUser, mayEditLockedDocument } from './lockedDocument'

/**
 * Locks are made in one's own name, on a document one may edit: anything else lets a reporter
 * block editors with 423 on articles the reporter cannot even change.
 */
export const canCreateLock: Access = async ({ req, data }) =>
  data === undefined
    ? isStaffUser(req) // the admin asking what the user may do, not a write
    : isStaffUser(req) &&
      isOwnLock(req, data) &&
      !data.globalSlug &&
      (await mayEditLockedDocument(req, data.document))
