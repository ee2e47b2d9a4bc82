import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import { liveState } from '../newsroom/live-state'

/** GET /api/newsroom/live/:id: whether a published article's page is on the public site yet (staff only). */
export const articleLiveEndpoint: Endpoint = {
  path: '/newsroom/live/:id',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user))
      return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 403 })
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id < 1)
      return Response.json({ errors: [{ message: 'Không tìm thấy bài.' }] }, { status: 404 })
    return Response.json(await liveState(req, id), { headers: { 'Cache-Control': 'no-store' } })
  },
}
