'use client'
import { SelectField, useAuth } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'

/**
 * The role select, left out of the first-account screen (nobody is signed in there): that account
 * is the admin whatever is picked (hooks/firstUserIsAdmin.ts), and the screen says so. A field
 * condition would do the same but makes the column nullable.
 */
export const RoleField: SelectFieldClientComponent = (props) => {
  const { user } = useAuth()
  if (!user) return null
  return <SelectField {...props} />
}
