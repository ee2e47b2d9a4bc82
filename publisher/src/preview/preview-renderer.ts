/**
 * Renders a draft article as the public page, with the site's own components, on demand (the
 * CMS's "Xem trước"). The site is loaded once through Vite with Astro's plugins, the way Astro's
 * Container API renders components outside a build (site/src/preview/render-preview.ts); nothing
 * is written to disk, so a preview never reaches a release, the search index or a feed. The page's
 * stylesheets are the live site's own: a container render has no build to bundle them, and the
 * live release was built from the same components.
 */
import path from 'node:path'

import { z } from 'zod'

export const previewRequestSchema = z.object({
  /** The draft as the CMS's REST API gives it at depth 1. */
  article: z.record(z.string(), z.unknown()),
  categories: z.array(z.unknown()),
  siteUrl: z.string().url(),
  /** A live article page to take the stylesheets from (`/tin-tuc/…/`), when one is published. */
  samplePath: z.string().startsWith('/').nullable(),
})
export type PreviewRequest = z.infer<typeof previewRequestSchema>
export type PreviewAnswer = { ok: true; html: string } | { ok: false; problems: string[] }

type RenderModule = {
  renderArticlePreview: (input: {
    article: Record<string, unknown>
    categories: unknown[]
    siteUrl: string
  }) => Promise<PreviewAnswer>
}

const siteDir = path.resolve(import.meta.dirname, '..', '..', '..', 'site')

async function loadSite(): Promise<RenderModule> {
  const { createServer } = await import('vite')
  const { getViteConfig } = await import('astro/config')
  const config = await getViteConfig(
    {
      server: { middlewareMode: true, hmr: false, ws: false },
      appType: 'custom',
      logLevel: 'error',
    },
    { root: siteDir, logLevel: 'error' },
  )({ command: 'serve', mode: 'development' })
  const vite = await createServer({ ...config, configFile: false })
  return (await vite.ssrLoadModule(
    path.join(siteDir, 'src/preview/render-preview.ts'),
  )) as RenderModule
}

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g

/** The live page's stylesheet links (its `<head>`), or none when the site has no release yet. */
async function liveStylesheets(liveSiteUrl: string, samplePath: string | null): Promise<string> {
  const res = await fetch(new URL(samplePath ?? '/', liveSiteUrl)).catch(() => null)
  if (!res?.ok) return ''
  return ((await res.text()).match(STYLESHEET) ?? []).join('')
}

export function createPreviewRenderer({ liveSiteUrl }: { liveSiteUrl: string }) {
  let site: Promise<RenderModule> | undefined
  return async (request: PreviewRequest): Promise<PreviewAnswer> => {
    // Loaded on the first preview, not at start: most publishes never need it.
    site ??= loadSite().catch((error: unknown) => {
      site = undefined
      throw error
    })
    const result = await (await site).renderArticlePreview(request)
    if (!result.ok) return result
    const styles = await liveStylesheets(liveSiteUrl, request.samplePath)
    return { ok: true, html: result.html.replace('</head>', `${styles}</head>`) }
  }
}
