import type { SanitizedConfig } from 'payload'

import { boundRestReads } from './boundRestReads'
import { refuseMalformedId } from './refuseMalformedId'

/**
 * Puts the REST request checks first among every collection's beforeOperation hooks, Payload's
 * own collections (locks, preferences, jobs) included: those are only added while the config is
 * sanitised, so this runs on the result.
 */
export function boundRestRequests(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseMalformedId, boundRestReads, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
