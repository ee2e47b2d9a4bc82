import type { SanitizedConfig } from 'payload'

import { boundRestReads } from './boundRestReads'
import { checkRichTextShape } from './checkRichTextShape'
import { refuseMalformedId } from './refuseMalformedId'
import { refuseMalformedPage } from './refuseMalformedPage'
import { refuseMalformedWhere } from './refuseMalformedWhere'
import { requireObjectData } from './requireObjectData'

/**
 * Puts the REST request checks first among every collection's beforeOperation hooks, Payload's
 * own collections (locks, preferences, jobs) included: those are only added while the config is
 * sanitised, so this runs on the result.
 */
export function boundRestRequests(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const checks = [
      refuseMalformedId,
      refuseMalformedWhere,
      refuseMalformedPage,
      requireObjectData,
      checkRichTextShape,
    ]
    collection.hooks.beforeOperation = [
      ...checks,
      boundRestReads,
      ...(collection.hooks.beforeOperation ?? []),
    ]
  }
  return config
}
