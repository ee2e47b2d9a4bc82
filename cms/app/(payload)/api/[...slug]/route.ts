import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { cachedRestGet } from '../../../../cache/cached-rest-get'
import { limitBodySize } from '../../../../endpoints/limitBodySize'

export const GET = cachedRestGet(REST_GET(config))
export const POST = limitBodySize(REST_POST(config), config)
export const DELETE = REST_DELETE(config)
export const PATCH = limitBodySize(REST_PATCH(config), config)
export const PUT = limitBodySize(REST_PUT(config), config)
export const OPTIONS = REST_OPTIONS(config)
