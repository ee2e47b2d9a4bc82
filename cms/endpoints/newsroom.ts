import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import { newsroomSummary } from '../newsroom/summary'

/**
 * GET /api/newsroom: what waits for the signed-in staff member, for the dashboard;
 * `?count=1` only the number the navigation shows (editors: submitted; reporters: returned).
 */
export const newsroomEndpoint: Endpoint = {
  path: '/newsroom',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user))
      return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 403 })
    const countOnly = req.searchParams.get('count') === '1'
    return Response.json(await newsroomSummary(req, { countOnly }), {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
