import { mkdirSync, mkdtempSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { withFileLock } from '../../scripts/lib/file-lock'

const lockTarget = () => path.join(mkdtempSync(path.join(tmpdir(), 'bantin-lock-')), 'build')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('withFileLock', () => {
  test('holders take turns: the second starts only after the first has finished', async () => {
    const file = lockTarget()
    const events: string[] = []
    const hold = (name: string) =>
      withFileLock(
        file,
        async () => {
          events.push(`${name} start`)
          await sleep(300)
          events.push(`${name} end`)
          return name
        },
        { pollMs: 50 },
      )
    await expect(Promise.all([hold('a'), hold('b')])).resolves.toEqual(['a', 'b'])
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end'])
  })

  test('a lock left by a process that crashed is taken once stale', async () => {
    const file = lockTarget()
    mkdirSync(`${file}.lock`)
    const old = new Date(Date.now() - 60_000)
    utimesSync(`${file}.lock`, old, old)
    await expect(withFileLock(file, async () => 'built', { staleMs: 5_000 })).resolves.toBe('built')
  })

  test('a failing holder still releases the lock for the next one', async () => {
    const file = lockTarget()
    await expect(
      withFileLock(file, async () => {
        throw new Error('next build thất bại')
      }),
    ).rejects.toThrow('next build thất bại')
    await expect(withFileLock(file, async () => 'again')).resolves.toBe('again')
  })
})
