import { describe, expect, test } from 'vitest'

import { MESSAGES, passwordProblem } from '../../cms/auth/password-policy'

describe('password policy', () => {
  test.each(['123', 'ngan-qua', 'abcdefghi'])('"%s" is too short', (password) => {
    expect(passwordProblem(password)).toBe(MESSAGES.tooShort)
  })

  test.each([
    '123456789a',
    'matkhau123',
    'Matkhau@123',
    'mật khẩu 123',
    'MATKHAU2024',
    'anhyeuem1234',
    'iloveyou123',
    '0912345678',
    '19901231ab',
    'qwertyuiop',
    'abcdefghijk',
    '1212121212',
    'abcabcabcabc',
    'admin@12345',
    'P@ssw0rd123',
    'congan12345',
  ])('"%s" is refused as too common', (password) => {
    expect(passwordProblem(password)).toBe(MESSAGES.tooCommon)
  })

  test.each([
    'song-hong-chay-qua-ha-noi',
    'mat-khau-thu-nghiem-2026',
    'Trăng rằm tháng tám 2026',
    'x7#Lq9!vRt',
  ])('"%s" is accepted', (password) => {
    expect(passwordProblem(password)).toBeNull()
  })

  test('a pasted file is not a password', () => {
    expect(passwordProblem('a'.repeat(300))).toBe(MESSAGES.tooLong)
  })
})
