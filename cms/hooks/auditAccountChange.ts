import type { CollectionAfterChangeHook } from 'payload'

import { ROLE_LABELS, roleOf } from '../access/roles'
import { actorOf, recordAudit } from '../audit/record'

const roleName = (user: unknown) => {
  const role = roleOf(user as never)
  return role ? ROLE_LABELS[role].vi : '—'
}

const FIELD_NAMES: Record<string, string> = { email: 'email', name: 'họ tên', password: 'mật khẩu' }

/** Accounts made, changed (email, name, password) and their role changes, by whom. */
export const auditAccountChange: CollectionAfterChangeHook = async ({
  data,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context?.skipAudit) return doc
  const target = { id: doc.id, title: doc.email }
  if (operation === 'create') {
    await recordAudit(req, {
      action: 'account.created',
      actor: actorOf(req),
      target,
      detail: `Vai trò: ${roleName(doc)}`,
    })
    return doc
  }
  if (roleOf(previousDoc) !== roleOf(doc)) {
    const detail = `${roleName(previousDoc)} → ${roleName(doc)}`
    await recordAudit(req, { action: 'account.roleChanged', actor: actorOf(req), target, detail })
  }
  const changed = Object.keys(FIELD_NAMES).filter((key) =>
    key === 'password'
      ? typeof data?.password === 'string' && data.password !== ''
      : previousDoc?.[key] !== doc[key],
  )
  if (changed.length > 0) {
    const detail = `Đã đổi: ${changed.map((key) => FIELD_NAMES[key]).join(', ')}`
    await recordAudit(req, { action: 'account.updated', actor: actorOf(req), target, detail })
  }
  return doc
}
