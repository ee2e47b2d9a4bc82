/** What the audit trail records (docs/newsroom.md, "Audit trail"). */
export const AUDIT_ACTIONS = {
  'article.created': 'Tạo bài',
  'article.submitted': 'Gửi duyệt',
  'article.returned': 'Trả lại',
  'article.published': 'Xuất bản',
  'article.unpublished': 'Gỡ xuất bản',
  'article.scheduled': 'Hẹn giờ',
  'article.trashed': 'Chuyển vào thùng rác',
  'article.restored': 'Khôi phục từ thùng rác',
  'article.deleted': 'Xóa hẳn',
  'auth.signedIn': 'Đăng nhập',
  'auth.signInFailed': 'Đăng nhập thất bại',
  'account.created': 'Tạo tài khoản',
  'account.updated': 'Sửa tài khoản',
  'account.roleChanged': 'Đổi vai trò',
  'account.deleted': 'Xóa tài khoản',
} as const

export type AuditAction = keyof typeof AUDIT_ACTIONS
export type AuditKind = 'article' | 'auth' | 'account'

export const kindOf = (action: AuditAction): AuditKind => action.split('.')[0] as AuditKind
