import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'

import { StateStore } from '../../publisher/src/worker/state-store'

let dir: string
beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), 'bantin-state-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const takedown = {
  key: '3f1c9a52-8d3e-4b7a-9c21-5e6f7a8b9c0d',
  collection: 'articles',
  id: '12',
  reason: 'articles unpublished',
  receivedAt: '2026-11-22T08:00:00.000Z',
}

describe('state.json', () => {
  test('pending work is written at once and read back by the next worker', () => {
    const first = new StateStore(dir)
    first.requestBuild('articles unpublished (articles 12)')
    first.addTakedown(takedown)
    const second = new StateStore(dir)
    expect(second.pendingBuild).toBe('articles unpublished (articles 12)')
    expect(second.takedowns).toEqual([takedown])
    second.clearTakedowns(new Set([takedown.key]))
    second.buildDone()
    expect(new StateStore(dir)).toMatchObject({ pendingBuild: null, takedowns: [] })
  })

  test('a missing file is a fresh start; one that cannot be read stops the worker with its name', () => {
    expect(new StateStore(dir).pendingBuild).toBe(null)
    mkdirSync(path.join(dir, 'state.json'))
    expect(() => new StateStore(dir)).toThrow(`cannot read ${path.join(dir, 'state.json')}: EISDIR`)
  })

  test('a garbled file is kept aside for inspection, and a full build is owed', () => {
    writeFileSync(path.join(dir, 'state.json'), '{"last": {"id": "2026')
    const warnings: string[] = []
    const store = new StateStore(
      dir,
      () => 1_700_000_000_000,
      (line) => warnings.push(line),
    )
    expect(store.pendingBuild).toBe('state.json was unreadable')
    expect(warnings[0]).toContain('is garbled')
    expect(existsSync(path.join(dir, 'state.json'))).toBe(false)
    const aside = readdirSync(dir).filter((name) => name.startsWith('state.json.unreadable-'))
    expect(aside).toEqual(['state.json.unreadable-1700000000000'])
    expect(readFileSync(path.join(dir, aside[0]), 'utf8')).toBe('{"last": {"id": "2026')
  })
})
