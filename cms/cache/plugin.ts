import type { Config, Plugin } from 'payload'

import { clearRestCacheAfterOperation } from '../hooks/clearRestCacheAfterOperation'
import { clearRestCacheOnChange } from '../hooks/clearRestCacheOnChange'
import { clearRestCacheOnDelete } from '../hooks/clearRestCacheOnDelete'
import { clearRestCacheOnGlobalChange } from '../hooks/clearRestCacheOnGlobalChange'
import { clearAfterCommit } from './clear-on-write'
import { restReadCache } from './rest-read-cache'

/**
 * Registers the anonymous REST read cache's invalidation (cms/cache/rest-read-cache.ts): on every
 * collection and global of the config, hooks that clear it on each write, placed first so the
 * cache is empty before the rebuild request is queued; and, on init, a clear after each commit of
 * a transaction that wrote. Only what gets these hooks may be cached: Payload's own collections
 * (jobs, preferences, locks) are added after plugins run, and are never cached.
 */
export const restReadCachePlugin: Plugin = (config: Config): Config => {
  for (const collection of config.collections ?? []) {
    const hooks = (collection.hooks ??= {})
    hooks.afterChange = [clearRestCacheOnChange, ...(hooks.afterChange ?? [])]
    hooks.afterDelete = [clearRestCacheOnDelete, ...(hooks.afterDelete ?? [])]
    hooks.afterOperation = [...(hooks.afterOperation ?? []), clearRestCacheAfterOperation]
    // Accounts: their REST routes (me, login) answer per caller.
    if (!collection.auth) restReadCache.watch('collection', collection.slug)
  }
  for (const global of config.globals ?? []) {
    const hooks = (global.hooks ??= {})
    hooks.afterChange = [clearRestCacheOnGlobalChange, ...(hooks.afterChange ?? [])]
    restReadCache.watch('global', global.slug)
  }
  const previousOnInit = config.onInit
  config.onInit = async (payload) => {
    clearAfterCommit(payload.db as never)
    await previousOnInit?.(payload)
  }
  return config
}
