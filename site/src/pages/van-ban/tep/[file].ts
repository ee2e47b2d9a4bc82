import type { LibraryDocument } from '@bantin/content-types'
import type { APIRoute } from 'astro'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { currentBuildReport } from '../../../lib/build-report'
import { getDocuments } from '../../../lib/content'
import { documentCacheDir } from '../../../lib/documents'

/** Each cleaned PDF, copied from the build's cache (lib/documents.ts downloaded it) into the site. */
export async function getStaticPaths() {
  return (await getDocuments()).map((doc) => ({ params: { file: doc.filename }, props: { doc } }))
}

export const GET: APIRoute = async ({ props }) => {
  const { doc } = props as { doc: LibraryDocument }
  const bytes = await readFile(path.join(documentCacheDir(currentBuildReport()), doc.filename))
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf' } })
}
