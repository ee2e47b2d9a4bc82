import { getEventListeners } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

import { runBuildCommand } from '../../publisher/src/builder/run-build'

const dir = mkdtempSync(path.join(tmpdir(), 'bantin-run-build-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (command: string, signal: AbortSignal, cwd = dir) =>
  runBuildCommand({ command, outDir: dir, cwd, timeoutMs: 20_000, signal, log: () => {} })

describe('runBuildCommand', () => {
  test("builds leave no listener on the worker's signal, whether they succeed or fail", async () => {
    const signal = new AbortController().signal
    // More than the 10 listeners after which Node warns of a leak.
    for (let i = 0; i < 11; i++) await run('true', signal)
    await expect(run('echo hỏng; exit 4', signal)).rejects.toThrow(
      'build command failed (exit 4):\nhỏng',
    )
    await expect(run('true', signal, path.join(dir, 'missing'))).rejects.toThrow(
      'cannot run "true"',
    )
    expect(getEventListeners(signal, 'abort')).toHaveLength(0)
  })

  test('a line the build prints in two pieces is logged once, whole', async () => {
    const lines: string[] = []
    // Cut inside the "đ" of "đã" (0xC4 0x91), the second piece 100 ms later.
    const command = `node -e "process.stdout.write(Buffer.from([0x54,0xc4])); setTimeout(() => process.stdout.write(Buffer.from([0x91,0x61,0x0a])), 100)"`
    await runBuildCommand({
      command,
      outDir: dir,
      cwd: dir,
      timeoutMs: 20_000,
      log: (line) => lines.push(line),
    })
    expect(lines).toEqual(['Tđa'])
  })
})
