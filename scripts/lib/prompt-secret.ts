import { createInterface } from 'node:readline'

/** Asks for a secret on the terminal without echoing it. */
export function promptSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new Error('no terminal to ask for the password on: set USER_PASSWORD instead'))
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
  const output = rl as unknown as { _writeToOutput: (s: string) => void }
  let asked = false
  output._writeToOutput = (s: string) => {
    // The question is printed once; everything typed after it is hidden.
    if (!asked) process.stderr.write(s)
    asked = true
  }
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close()
      process.stderr.write('\n')
      resolve(answer)
    }),
  )
}
