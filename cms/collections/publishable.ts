import type { CollectionConfig } from 'payload'

import { canCreateArticle } from '../access/canCreateArticle'
import { canUpdateArticle } from '../access/canUpdateArticle'
import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'

type Access = NonNullable<CollectionConfig['access']>

/**
 * Who writes published content, the same for articles, documents, reception sessions and wanted
 * notices: reporters create and edit their own, editors delete, staff see the versions. Each
 * collection spreads it next to its own `read`, the one rule that differs between them.
 */
export const publishableWriters = {
  readVersions: isStaff,
  create: canCreateArticle,
  update: canUpdateArticle,
  delete: isEditor,
} satisfies Required<Pick<Access, 'readVersions' | 'create' | 'update' | 'delete'>>

/**
 * Drafts, every version kept, scheduled publishing and trash, as articles have them. Autosave keeps
 * work safe; the explicit button reassures writers who are not used to it.
 */
export const publishable = {
  versions: {
    maxPerDoc: 0,
    drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true },
  },
  trash: true,
} satisfies Pick<CollectionConfig, 'versions' | 'trash'>
