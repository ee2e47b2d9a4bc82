import type { SingleRelationshipField } from 'payload'

import { isStaffField } from '../access/isStaffField'
import { setCreatedBy } from '../hooks/setCreatedBy'

type Overrides = Partial<Pick<SingleRelationshipField, 'label' | 'admin'>>

/** Who created the document: set once by the server, shown to staff only. */
export function createdByField(overrides: Overrides = {}): SingleRelationshipField {
  return {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: { vi: 'Người tạo', en: 'Created by' },
    access: { read: isStaffField },
    hooks: { beforeChange: [setCreatedBy] },
    admin: { readOnly: true, position: 'sidebar' },
    ...overrides,
  }
}
