import { rebuildSecretProblem } from '@bantin/content-types/rebuild-webhook'

import { ConfigError, type Env } from './env'

export interface RebuildTargets {
  /** A signed webhook (the local rebuild worker, or any CI that checks the signature). */
  webhook: { url: string; secret: string } | null
  /** GitHub repository_dispatch, which starts .github/workflows/site.yml. */
  github: { repo: string; token: string; apiUrl: string; eventType: string } | null
  /** The local worker's GET /status, shown in the admin. */
  statusUrl: string | null
  /** Whether this process runs queued jobs (rebuild deliveries, scheduled publishing) itself. */
  runJobs: boolean
}

function parseUrl(raw: string, name: string): string {
  try {
    const url = new URL(raw)
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString()
  } catch {
    // Reported below.
  }
  throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`)
}

export function readRebuildTargets(env: Env): RebuildTargets {
  let webhook: RebuildTargets['webhook'] = null
  if (env.REBUILD_WEBHOOK_URL) {
    const secret = env.REBUILD_SECRET
    if (rebuildSecretProblem(secret)) {
      throw new ConfigError(
        'REBUILD_SECRET must be set (at least 32 characters) when REBUILD_WEBHOOK_URL is set',
      )
    }
    webhook = {
      url: parseUrl(env.REBUILD_WEBHOOK_URL, 'REBUILD_WEBHOOK_URL'),
      secret: secret as string,
    }
  }
  let github: RebuildTargets['github'] = null
  if (env.GITHUB_DISPATCH_REPO) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_DISPATCH_REPO)) {
      throw new ConfigError(
        `GITHUB_DISPATCH_REPO must look like owner/repository, got "${env.GITHUB_DISPATCH_REPO}"`,
      )
    }
    if (!env.GITHUB_TOKEN)
      throw new ConfigError('GITHUB_TOKEN must be set when GITHUB_DISPATCH_REPO is set')
    github = {
      repo: env.GITHUB_DISPATCH_REPO,
      token: env.GITHUB_TOKEN,
      apiUrl: parseUrl(env.GITHUB_API_URL || 'https://api.github.com', 'GITHUB_API_URL').replace(
        /\/$/,
        '',
      ),
      eventType: env.GITHUB_DISPATCH_EVENT || 'bantin-publish',
    }
  }
  const statusUrl = env.REBUILD_STATUS_URL
    ? parseUrl(env.REBUILD_STATUS_URL, 'REBUILD_STATUS_URL')
    : null
  return { webhook, github, statusUrl, runJobs: env.JOBS_AUTORUN === 'true' }
}
