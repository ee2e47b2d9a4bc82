import { COMMON_PASSWORDS } from './common-passwords'

const MIN_PASSWORD_LENGTH = 10
/** Longer passphrases are welcome; beyond this it is a pasted file, not a password. */
const MAX_PASSWORD_LENGTH = 256

export const MESSAGES = {
  tooShort: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Một câu ngắn dễ nhớ (ví dụ "sông-hồng-mùa-lũ") vừa dài vừa khó đoán.`,
  tooLong: `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`,
  tooCommon:
    'Mật khẩu này quá phổ biến, dễ bị đoán (ví dụ 123456789a, matkhau123, số điện thoại, ngày sinh). ' +
    'Hãy chọn một cụm từ dài mà người khác không đoán được.',
} as const

/** Lower case, no accents, no spaces or punctuation: "Mật Khẩu@123" → "matkhau123". */
function normalizePassword(password: string): string {
  return password
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

const COMMON = new Set(COMMON_PASSWORDS.map(normalizePassword))

/** Words that people pad with digits or a year to reach the required length. */
const PADDED_WORDS =
  /^(\d*)(matkhau|password|passw0rd|pssw0rd|pssword|anhyeuem|emyeuanh|iloveyou|qwerty|admin|congan|vietnam|abc|abcd|quantri|xinchao|tinhyeu)(\d*)$/

function isSequence(text: string, alphabet: string): boolean {
  return (
    text.length >= 4 && (alphabet.includes(text) || [...alphabet].reverse().join('').includes(text))
  )
}

function isGuessable(password: string): boolean {
  const plain = normalizePassword(password)
  if (plain.length === 0 || COMMON.has(plain)) return true
  // aaaaaaaaaa, 1212121212, abcabcabcabc
  if (/^(.{1,3})\1+$/.test(plain)) return true
  // Digits with at most a letter or two: phone numbers, birthdays, identity card numbers, 123456789a.
  if (/^[a-z]{0,2}\d+[a-z]{0,2}$/.test(plain)) return true
  if (PADDED_WORDS.test(plain)) return true
  return (
    isSequence(plain, '01234567890') ||
    isSequence(plain, 'abcdefghijklmnopqrstuvwxyz') ||
    isSequence(plain, 'qwertyuiopasdfghjklzxcvbnm')
  )
}

/** Why a new password is refused, in Vietnamese for the staff member setting it; null when fine. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH)
    return MESSAGES.tooShort
  if (password.length > MAX_PASSWORD_LENGTH) return MESSAGES.tooLong
  if (isGuessable(password)) return MESSAGES.tooCommon
  return null
}
