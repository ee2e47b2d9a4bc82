import config from '@payload-config'
import '@payloadcms/next/css'

import { restRoutes } from '../../../../endpoints/restRoutes'

// One composition for the server and the tests (endpoints/restRoutes.ts).
const routes = restRoutes(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
