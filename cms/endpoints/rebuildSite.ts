import type { Endpoint } from 'payload'

import { isEditorUser } from '../access/roles'
import { queueRebuild } from '../rebuild/queueRebuild'

/** POST /api/site/rebuild: an editor's "rebuild the site now". */
export const rebuildSiteEndpoint: Endpoint = {
  path: '/site/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!isEditorUser(req.user)) {
      return Response.json({ error: req.t('error:notAllowedToPerformAction') }, { status: 403 })
    }
    await queueRebuild(req, 'manual rebuild')
    return Response.json({ message: 'Đã gửi yêu cầu xây dựng lại trang.' }, { status: 202 })
  },
}
