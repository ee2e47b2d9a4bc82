import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { cachedRestGet } from '../cache/cached-rest-get'
import { checkRequestShape } from './checkRequestShape'
import { limitBodySize } from './limitBodySize'

/**
 * The REST API route's handlers as `app/(payload)/api/[...slug]/route.ts` exports them: Payload's,
 * behind the read cache, the body size limit and the request shape check (malformed bodies, forms
 * and `where` answer 400 instead of 500). Tests serve these same handlers over HTTP.
 */
export function restRoutes(config: Promise<SanitizedConfig> | SanitizedConfig) {
  return {
    GET: cachedRestGet(checkRequestShape(REST_GET(config))),
    POST: limitBodySize(checkRequestShape(REST_POST(config)), config),
    DELETE: checkRequestShape(REST_DELETE(config)),
    PATCH: limitBodySize(checkRequestShape(REST_PATCH(config)), config),
    PUT: limitBodySize(checkRequestShape(REST_PUT(config)), config),
    OPTIONS: REST_OPTIONS(config),
  }
}
