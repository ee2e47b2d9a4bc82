/**
 * A site build in the publisher renders only the pages that differ from the live release
 * (site/src/integration/render-only-changed.ts). These read what such a build left in its folder:
 * whether it is partial, and which of the live release's files it no longer stands for.
 */
import path from 'node:path'

import {
  PAGES_INDEX_FILE,
  type PagesIndex,
  pagesIndexSchema,
} from '@bantin/content-types/build-problem'
import {
  pageFile,
  RENDER_KEYS_FILE,
  type RenderKeys,
  renderKeysSchema,
} from '@bantin/content-types/release-files'

import { readJsonFile } from './basics'
import { openRelease, whereIs } from './layer'

/** The render keys of a build folder or of a release (its own or its base's copy). */
async function readKeys(dir: string): Promise<RenderKeys | null> {
  const view = await openRelease(dir)
  const folder = await whereIs(view, RENDER_KEYS_FILE)
  return folder
    ? readJsonFile(path.join(folder, RENDER_KEYS_FILE), renderKeysSchema, 'a render keys file')
    : null
}

async function readIndex(dir: string): Promise<PagesIndex | null> {
  const view = await openRelease(dir)
  const folder = await whereIs(view, PAGES_INDEX_FILE)
  return folder
    ? readJsonFile(path.join(folder, PAGES_INDEX_FILE), pagesIndexSchema, 'a pages index')
    : null
}

/** True when the build in `dir` wrote only the pages that changed (to be laid over the live release). */
export async function isPartialBuild(dir: string): Promise<boolean> {
  const keys = await readJsonFile(
    path.join(dir, RENDER_KEYS_FILE),
    renderKeysSchema,
    'a render keys file',
  )
  return keys?.rendered === 'changed'
}

/**
 * Site paths (`/x/index.html`) the live release serves that the build in `built` does not stand
 * for: pages no longer generated (an unpublished article, the last page of a shorter list) and
 * the files of articles no longer published. A partial build's release removes them.
 */
export async function filesGoneSince(liveDir: string, built: string): Promise<string[]> {
  const [before, after, indexBefore, indexAfter] = await Promise.all([
    readKeys(liveDir),
    readKeys(built),
    readIndex(liveDir),
    readIndex(built),
  ])
  const gone = new Set<string>()
  if (before && after) {
    for (const pathname of Object.keys(before.pages))
      if (!(pathname in after.pages)) gone.add(`/${pageFile(pathname)}`)
  }
  // Every collection with files of its own (articles, wanted notices). A file the new build still
  // uses (another article took over the slug or shares the image) stays, whoever owned it before.
  const entriesOf = (index: PagesIndex | null) =>
    Object.values(index ?? {}).flatMap((docs) => Object.values(docs ?? {}))
  const used = new Set(
    entriesOf(indexAfter)
      .flatMap((entry) => entry?.files ?? [])
      .map((file) => `/${file.replace(/^\/+/, '')}`),
  )
  if (after) for (const pathname of Object.keys(after.pages)) used.add(`/${pageFile(pathname)}`)
  for (const [collection, docs] of Object.entries(indexBefore ?? {})) {
    const docsAfter =
      (indexAfter as Record<string, Record<string, unknown> | undefined> | null)?.[collection] ?? {}
    for (const [id, entry] of Object.entries(docs ?? {})) {
      if (id in docsAfter || !entry) continue
      for (const file of entry.files) gone.add(`/${file.replace(/^\/+/, '')}`)
    }
  }
  return [...gone].filter((file) => !used.has(file)).sort()
}
