import { MAX_RICH_TEXT_DEPTH, textOfTree } from '@bantin/content-types/article'
import { mediaSchema } from '@bantin/content-types/media'

import { escapeHtml } from '../html'
import { renderFigure } from '../images'
import { articlePath } from '../urls'
import { safeHref } from './safe-url'
import { wrapFormatted } from './text-format'

type Node = Record<string, unknown> & { type?: unknown; children?: unknown }

const BODY_IMAGE_SIZES = '(min-width: 48rem) 46rem, 100vw'

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

export interface RichTextOptions {
  /**
   * Whether a site path (`/tin-tuc/x/`, no query or hash) is a page of this build. A link to any
   * other path is printed as its words only, and `missingLink` is told.
   */
  pageExists?: (path: string) => boolean
  missingLink?: (href: string, text: string) => void
}

interface Walk {
  options: RichTextOptions
  depth: number
}

function renderChildren(node: Node, walk: Walk): string {
  if (!Array.isArray(node.children)) return ''
  const inner = { ...walk, depth: walk.depth + 1 }
  return node.children.map((child) => renderNode(child, inner)).join('')
}

/** A link node's target: internal links point at a populated article, custom ones carry a URL. */
function linkTarget(node: Node): string | null {
  const fields = (node.fields ?? {}) as {
    linkType?: unknown
    url?: unknown
    doc?: { value?: unknown }
  }
  if (fields.linkType === 'internal') {
    const slug = (fields.doc?.value as { slug?: unknown } | undefined)?.slug
    return typeof slug === 'string' && /^[a-z0-9-]+$/.test(slug) ? articlePath(slug) : null
  }
  return safeHref(fields.url ?? node.url)
}

/** `/a/b/?q#x` → `/a/b/`, decoded, for comparing with the site's paths; null if undecodable. */
function sitePathOf(href: string): string | null {
  try {
    return decodeURIComponent(href.replace(/[?#].*$/s, '')) || '/'
  } catch {
    return null
  }
}

function renderLink(node: Node, walk: Walk): string {
  const inner = renderChildren(node, walk)
  const href = linkTarget(node)
  if (!href) return inner
  const { pageExists, missingLink } = walk.options
  if (pageExists && href.startsWith('/')) {
    const path = sitePathOf(href)
    if (path === null || !pageExists(path)) {
      missingLink?.(href, textOfTree(node))
      return inner
    }
  }
  const external = /^https?:/.test(href)
  return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener nofollow"' : ''}>${inner}</a>`
}

function renderUpload(node: Node): string {
  if (node.relationTo !== 'media') return ''
  const media = mediaSchema.safeParse(node.value)
  // An id instead of a document means the CMS did not let the public see the image: print nothing.
  return media.success ? renderFigure(media.data, { sizes: BODY_IMAGE_SIZES }) : ''
}

function renderNode(raw: unknown, walk: Walk): string {
  if (!raw || typeof raw !== 'object') return ''
  const node = raw as Node
  // The schema flattens deeper trees already; this keeps the renderer's recursion bounded whatever
  // it is given, since a stack overflow here would fail the whole build.
  if (walk.depth >= MAX_RICH_TEXT_DEPTH && Array.isArray(node.children))
    return escapeHtml(textOfTree(node))
  switch (node.type) {
    case 'root':
      return renderChildren(node, walk)
    case 'text':
      return typeof node.text === 'string' ? wrapFormatted(escapeHtml(node.text), node.format) : ''
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const inner = renderChildren(node, walk)
      return inner ? `<p>${inner}</p>` : ''
    }
    case 'heading': {
      // The page title is the only h1, so an h1 in the body becomes an h2.
      const tag = node.tag === 'h1' ? 'h2' : String(node.tag)
      return HEADINGS.has(tag)
        ? `<${tag}>${renderChildren(node, walk)}</${tag}>`
        : `<p>${renderChildren(node, walk)}</p>`
    }
    case 'quote':
      return `<blockquote>${renderChildren(node, walk)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${renderChildren(node, walk)}</${tag}>`
    }
    case 'listitem':
      return `<li>${renderChildren(node, walk)}</li>`
    case 'link':
    case 'autolink':
      return renderLink(node, walk)
    case 'upload':
      return renderUpload(node)
    case 'horizontalrule':
      return '<hr>'
    default:
      // Unknown wrappers keep their text; unknown leaves (raw HTML, embeds, blocks) are dropped.
      return renderChildren(node, walk)
  }
}

/**
 * The one Lexical → HTML renderer of the site. It builds every tag itself from the node type, so
 * only known elements and attributes can come out, text is always escaped, and link targets pass
 * safeHref. CMS content is never compiled or executed.
 */
export function renderRichText(doc: unknown, options: RichTextOptions = {}): string {
  if (!doc || typeof doc !== 'object') return ''
  return renderNode((doc as { root?: unknown }).root, { options, depth: 0 })
}
