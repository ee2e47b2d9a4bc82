import type { PayloadRequest } from 'payload'

import { escapeHtml } from '../email/text'
import { settings } from '../settings'

/** How long a reset link works (Payload's default, said in the mail). */
const RESET_LINK_HOURS = 1
export const RESET_EXPIRATION_MS = RESET_LINK_HOURS * 60 * 60 * 1000

const RESET_SUBJECT = 'Đặt lại mật khẩu tài khoản trang quản trị tin tức'

type ResetArgs = {
  req?: PayloadRequest
  token?: string
  user?: { email?: string; name?: string | null }
}

/**
 * The reset link on the CMS's public address (SERVER_URL). Payload's own link follows the
 * request's Host header, which whoever sends the request chooses: a reset requested with a forged
 * host would mail the owner a link that hands the token to that host.
 */
function resetLink(req: PayloadRequest | undefined, token: string): string {
  const routes = req?.payload.config
  const admin = routes?.routes.admin ?? '/admin'
  const reset = routes?.admin.routes.reset ?? '/reset'
  return `${settings.serverUrl}${admin === '/' ? '' : admin}${reset}/${token}`
}

/** Subject of the reset mail (Users `auth.forgotPassword.generateEmailSubject`). */
export const resetEmailSubject = (): string => RESET_SUBJECT

/** Body of the reset mail, in Vietnamese (Users `auth.forgotPassword.generateEmailHTML`). */
export function resetEmailHtml({ req, token = '', user }: ResetArgs = {}): string {
  const link = escapeHtml(resetLink(req, token))
  const who = escapeHtml(user?.name?.trim() || user?.email || '')
  const account = escapeHtml(user?.email ?? '')
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${RESET_SUBJECT}</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5">
<p>Xin chào ${who},</p>
<p>Có yêu cầu đặt lại mật khẩu cho tài khoản <b>${account}</b> trên trang quản trị tin tức
(${escapeHtml(settings.serverUrl)}).</p>
<p>Để đặt mật khẩu mới, mở liên kết dưới đây trong vòng ${RESET_LINK_HOURS} giờ. Liên kết chỉ dùng được một lần:</p>
<p><a href="${link}">${link}</a></p>
<p>Mật khẩu mới cần ít nhất 10 ký tự và không được là mật khẩu phổ biến.</p>
<p>Nếu bạn không yêu cầu, hãy bỏ qua email này: mật khẩu hiện tại vẫn giữ nguyên. Nếu nhận được
nhiều email như vậy mà không yêu cầu, hãy báo cho quản trị viên.</p>
</body></html>`
}
