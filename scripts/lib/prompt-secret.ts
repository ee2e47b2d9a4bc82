import password from '@inquirer/password'

interface Terminal {
  input?: NodeJS.ReadableStream & { isTTY?: boolean }
  output?: NodeJS.WritableStream
}

/** Asks for a secret on the terminal without echoing it (on stderr: stdout stays for output). */
export function promptSecret(
  question: string,
  { input = process.stdin, output = process.stderr }: Terminal = {},
): Promise<string> {
  if (!input.isTTY) {
    return Promise.reject(
      new Error('no terminal to ask for the password on: set USER_PASSWORD instead'),
    )
  }
  return password(
    {
      message: question.replace(/:\s*$/, ''),
      toggleMask: false,
      theme: { prefix: '', style: { maskedText: '(không hiện khi gõ)' } },
    },
    { input, output, clearPromptOnDone: false },
  )
}
