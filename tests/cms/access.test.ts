import type { PayloadRequest } from 'payload'
import { describe, expect, test } from 'vitest'

import { canCreateArticle } from '../../cms/access/canCreateArticle'
import { canUpdateArticle } from '../../cms/access/canUpdateArticle'
import { isAdmin } from '../../cms/access/isAdmin'
import { isAdminOrSelf } from '../../cms/access/isAdminOrSelf'
import { isEditor } from '../../cms/access/isEditor'
import { isStaff } from '../../cms/access/isStaff'
import { publicMediaOrStaff } from '../../cms/access/publicMediaOrStaff'
import { publishedOrStaff } from '../../cms/access/publishedOrStaff'

type Who = 'anonymous' | 'reporter' | 'editor' | 'admin' | 'unknown-role'
const req = (who: Who) =>
  ({
    user: who === 'anonymous' ? null : { id: 7, role: who === 'unknown-role' ? 'guest' : who },
  }) as unknown as PayloadRequest
const args = (who: Who, data?: object) => ({ req: req(who), data }) as never

describe('role checks', () => {
  test.each([
    ['anonymous', false, false, false],
    ['unknown-role', false, false, false],
    ['reporter', true, false, false],
    ['editor', true, true, false],
    ['admin', true, true, true],
  ] as const)('%s → staff %s, editor %s, admin %s', (who, staff, editor, admin) => {
    expect([isStaff(args(who)), isEditor(args(who)), isAdmin(args(who))]).toEqual([
      staff,
      editor,
      admin,
    ])
  })
})

describe('publishedOrStaff', () => {
  test('staff read everything; others only published, untrashed documents', () => {
    expect(publishedOrStaff(args('reporter'))).toBe(true)
    expect(publishedOrStaff(args('anonymous'))).toEqual({
      and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }],
    })
  })
})

describe('publicMediaOrStaff', () => {
  test('the public sees only media a published article has shown', () => {
    expect(publicMediaOrStaff(args('editor'))).toBe(true)
    expect(publicMediaOrStaff(args('anonymous'))).toEqual({ isPublic: { equals: true } })
  })
})

describe('canCreateArticle', () => {
  test('reporters create drafts only; editors may publish at once', () => {
    expect(canCreateArticle(args('reporter', { _status: 'draft' }))).toBe(true)
    expect(canCreateArticle(args('reporter', { _status: 'published' }))).toBe(false)
    expect(canCreateArticle(args('editor', { _status: 'published' }))).toBe(true)
    expect(canCreateArticle(args('anonymous', { _status: 'draft' }))).toBe(false)
  })
})

describe('canUpdateArticle', () => {
  test('a reporter is limited to their own unpublished articles and cannot publish', () => {
    expect(canUpdateArticle(args('reporter', { title: 'x' }))).toEqual({
      and: [{ createdBy: { equals: 7 } }, { _status: { not_equals: 'published' } }],
    })
    expect(canUpdateArticle(args('reporter', { _status: 'published' }))).toBe(false)
    expect(canUpdateArticle(args('editor', { _status: 'published' }))).toBe(true)
    expect(canUpdateArticle(args('anonymous', {}))).toBe(false)
  })
})

describe('isAdminOrSelf', () => {
  test('admins see all accounts, others only their own', () => {
    expect(isAdminOrSelf(args('admin'))).toBe(true)
    expect(isAdminOrSelf(args('editor'))).toEqual({ id: { equals: 7 } })
    expect(isAdminOrSelf(args('anonymous'))).toBe(false)
  })
})
