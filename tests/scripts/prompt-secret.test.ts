import { PassThrough } from 'node:stream'
import { describe, expect, test } from 'vitest'

import { promptSecret } from '../../scripts/lib/prompt-secret'

/** A terminal the test types into, keeping everything the prompt prints. */
function fakeTerminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input })
  const output = new PassThrough()
  let printed = ''
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')))
  return { input, output, printed: () => printed }
}

describe('promptSecret', () => {
  test('returns what was typed, and the terminal shows the question but never the password', async () => {
    const terminal = fakeTerminal()
    const answer = promptSecret('Mật khẩu cho a@b.vn: ', terminal)
    setTimeout(() => terminal.input.write('mật-khẩu-bí-mật-2024\r'), 50)
    await expect(answer).resolves.toBe('mật-khẩu-bí-mật-2024')
    expect(terminal.printed()).toContain('Mật khẩu cho a@b.vn')
    expect(terminal.printed()).not.toContain('mật-khẩu-bí-mật')
  })

  test('without a terminal it asks for USER_PASSWORD instead of hanging', async () => {
    const input = new PassThrough()
    await expect(promptSecret('Mật khẩu: ', { input, output: new PassThrough() })).rejects.toThrow(
      'no terminal to ask for the password on: set USER_PASSWORD instead',
    )
  })
})
