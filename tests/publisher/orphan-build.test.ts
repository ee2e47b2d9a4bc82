import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

import { noteBuildProcess, stopOrphanBuild } from '../../publisher/src/builder/orphan-build'
import { waitFor } from './helpers/wait-for'
import { alive } from './helpers/alive'

const dir = mkdtempSync(path.join(tmpdir(), 'bantin-orphan-'))
const outDir = path.join(dir, 'staging')
const note = path.join(dir, '.build.pid')
const children: ChildProcess[] = []
const groups: number[] = []

/** A process in its own group, with the environment a build has: only its identity differs. */
function spawnGroup(command: string) {
  const child = spawn(command, {
    shell: true,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, SITE_OUT_DIR: outDir },
  })
  children.push(child)
  groups.push(child.pid!)
  return child.pid!
}

afterAll(() => {
  for (const group of groups) {
    try {
      process.kill(-group, 'SIGKILL')
    } catch {
      // Already stopped by the test.
    }
  }
  rmSync(dir, { recursive: true, force: true })
})

describe('stopOrphanBuild', () => {
  test('stops the build group the note names when it is the same process on the same boot', async () => {
    const pid = spawnGroup('exec sleep 30')
    await waitFor(
      async () => readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('sleep'),
      5000,
      'sleep',
    )
    noteBuildProcess(dir, pid, outDir)
    expect(await stopOrphanBuild(dir)).toBe(pid)
    await waitFor(async () => !alive(pid), 2000, 'the build to stop')
    expect(existsSync(note)).toBe(false)
  })

  test('a note from another boot is removed without stopping the group that now has its number', async () => {
    // A group whose leader has exited: what a daemon started after a reboot can look like.
    const leader = spawnGroup(`sleep 30 & echo $! > '${note}.member'; exit 0`)
    await waitFor(async () => existsSync(`${note}.member`) && !alive(leader), 5000, 'the leader')
    const member = Number(readFileSync(`${note}.member`, 'utf8'))
    expect(alive(member)).toBe(true)
    writeFileSync(
      note,
      JSON.stringify({ pid: leader, outDir, bootId: 'another-boot', startTime: '1' }),
    )
    expect(await stopOrphanBuild(dir)).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(alive(member)).toBe(true)
    expect(existsSync(note)).toBe(false)
  })

  test('a note whose process number now belongs to another process started later is left alone', async () => {
    const pid = spawnGroup('exec sleep 30')
    await waitFor(
      async () => readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('sleep'),
      5000,
      'sleep',
    )
    noteBuildProcess(dir, pid, outDir)
    const noted = JSON.parse(readFileSync(note, 'utf8'))
    writeFileSync(note, JSON.stringify({ ...noted, startTime: '1' }))
    expect(await stopOrphanBuild(dir)).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(alive(pid)).toBe(true)
    expect(existsSync(note)).toBe(false)
  })

  test('no note: nothing to stop', async () => {
    expect(await stopOrphanBuild(dir)).toBeNull()
  })
})
