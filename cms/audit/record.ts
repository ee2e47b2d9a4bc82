import type { Payload, PayloadRequest } from 'payload'

import { AUDIT_ACTIONS, type AuditAction, kindOf } from './actions'

export interface AuditEntry {
  action: AuditAction
  /** Who did it: the signed-in account, or null for the system (scheduler, scripts). */
  actor?: { id: number; email?: string | null } | null
  /** The article or account it was done to. */
  target?: { id: number | string; title?: string | null } | null
  /** What else matters: the editor's note, the old and new role, the address of a failed sign-in. */
  detail?: string | null
}

const dataOf = (entry: AuditEntry) => ({
  action: entry.action,
  kind: kindOf(entry.action),
  actor: entry.actor?.id ?? null,
  actorEmail: entry.actor?.email ?? null,
  targetId: entry.target ? String(entry.target.id) : null,
  targetTitle: entry.target?.title ?? null,
  summary: `${AUDIT_ACTIONS[entry.action]}${entry.target?.title ? `: ${entry.target.title}` : ''}`,
  detail: entry.detail ?? null,
})

/**
 * Writes an entry inside the request's transaction: if the change is rolled back, so is its
 * entry. Only the system writes entries; the collection refuses every write through the API.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    data: dataOf(entry),
    req,
    overrideAccess: true,
    depth: 0,
  })
}

/** For what happens outside a successful request (a failed sign-in): its own transaction. */
export async function recordAuditAlone(payload: Payload, entry: AuditEntry): Promise<void> {
  await payload.create({
    collection: 'audit-log',
    data: dataOf(entry),
    overrideAccess: true,
    depth: 0,
  })
}

export const actorOf = (req: PayloadRequest): AuditEntry['actor'] =>
  req.user
    ? { id: Number(req.user.id), email: (req.user as { email?: string }).email ?? null }
    : null
