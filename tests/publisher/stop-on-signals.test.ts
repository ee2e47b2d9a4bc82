import { describe, expect, test } from 'vitest'

import { closeThenExit } from '../../publisher/src/stop-on-signals'

describe('closeThenExit', () => {
  test('a failed close exits 1 and says why', async () => {
    const lines: string[] = []
    const codes: number[] = []
    const close = () =>
      Promise.reject(new Error('the site server did not close: 3 connections left'))
    await closeThenExit(
      close,
      (line) => lines.push(line),
      (code) => codes.push(code),
    )
    expect(codes).toEqual([1])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^could not stop cleanly: Error: the site server did not close: 3 connections left\n/,
    )
  })

  test('a clean close exits 0 and logs nothing more', async () => {
    const lines: string[] = []
    const codes: number[] = []
    await closeThenExit(
      async () => {},
      (line) => lines.push(line),
      (code) => codes.push(code),
    )
    expect(codes).toEqual([0])
    expect(lines).toEqual([])
  })
})
