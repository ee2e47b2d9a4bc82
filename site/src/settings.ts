import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

import { INSTALL_DEFAULTS } from '@bantin/content-types/environment'

interface SiteSettings {
  /** Origin of the CMS whose REST API feeds the build, without a trailing slash. */
  cmsUrl: string
  /** Public origin of the site, for canonical links, feeds and sitemap. */
  siteUrl: string
  /** Where the built site goes (default site/dist). */
  distDir: string
  /** Where the content store and downloaded images are kept between builds (default site/node_modules/.astro). */
  cacheDir: string
  /**
   * The release the public sees now (the publisher's `current` link), or null. When set, a build
   * renders only the pages that differ from it and leaves the search index to the publisher.
   */
  liveDir: string | null
}

export class SettingsError extends Error {
  override name = 'SettingsError'
}

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const httpUrl = (name: string, example: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol)
      } catch {
        return false
      }
    }, `${name} must be an absolute http(s) URL such as ${example}`)
    .transform((value) => value.replace(/\/+$/, ''))

const localCms = `http://localhost:${INSTALL_DEFAULTS.cmsPort}`

const envSchema = z.object({
  CMS_URL: httpUrl('CMS_URL', localCms).default(localCms),
  // Pages link to each other from the root ("/tin-tuc/…"), so the site lives at an origin, not a sub-path.
  SITE_URL: httpUrl('SITE_URL', 'https://congan.example.vn')
    .refine(
      (value) => new URL(value).pathname === '/',
      'SITE_URL must be an origin without a path, such as https://congan.example.vn',
    )
    .default(`http://localhost:${INSTALL_DEFAULTS.sitePort}`),
  SITE_DIST_DIR: z.string().default(path.join(siteDir, 'dist')),
  SITE_CACHE_DIR: z.string().default(path.join(siteDir, 'node_modules', '.astro')),
  SITE_LIVE_DIR: z.string().optional(),
})

/**
 * The only place the site reads its environment. Both astro.config.ts (Node) and
 * content.config.ts (Vite) call it, so the two always agree.
 */
export function readSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  const parsed = envSchema.safeParse({
    CMS_URL: env.CMS_URL || undefined,
    SITE_URL: env.SITE_URL || undefined,
    SITE_DIST_DIR: env.SITE_DIST_DIR || undefined,
    SITE_CACHE_DIR: env.SITE_CACHE_DIR || undefined,
    SITE_LIVE_DIR: env.SITE_LIVE_DIR || undefined,
  })
  if (!parsed.success) {
    throw new SettingsError(parsed.error.issues.map((issue) => issue.message).join('; '))
  }
  const { CMS_URL, SITE_URL, SITE_DIST_DIR, SITE_CACHE_DIR, SITE_LIVE_DIR } = parsed.data
  return {
    cmsUrl: CMS_URL,
    siteUrl: SITE_URL,
    distDir: path.resolve(siteDir, SITE_DIST_DIR),
    cacheDir: path.resolve(siteDir, SITE_CACHE_DIR),
    liveDir: SITE_LIVE_DIR ? path.resolve(siteDir, SITE_LIVE_DIR) : null,
  }
}
