import { APIError, type Endpoint, type SanitizedConfig } from 'payload'

const VERIFY_OFF =
  'Không có bước xác minh email: tài khoản do quản trị viên tạo và dùng được ngay. Nếu không đăng nhập được, hãy chọn "Quên mật khẩu".'

/** Answers `/verify/<token>` on a collection that has no email verification. */
const verifyEmailOffEndpoint: Endpoint = {
  path: '/verify/:id',
  method: 'post',
  handler: () => {
    throw new APIError(VERIFY_OFF, 404)
  },
}

/**
 * Payload serves `POST /api/users/verify/<token>` even when verification is off, and then looks
 * the token up in a column that does not exist: a 500 for any token. Collections without
 * verification answer 404 with why; turning verification on brings Payload's endpoint back.
 * Runs on the sanitised config, where Payload's own endpoints are already listed (first match wins).
 */
export function answerVerifyWhenOff(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!collection.auth || collection.auth.verify || !Array.isArray(collection.endpoints)) continue
    collection.endpoints = [verifyEmailOffEndpoint, ...collection.endpoints]
  }
  return config
}
