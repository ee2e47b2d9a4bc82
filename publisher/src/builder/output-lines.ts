import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

/**
 * Calls `onLine` with each non-blank line a child prints, whole: readline joins a line (or a UTF-8
 * character) that reaches us in two chunks, which splitting each chunk would log as two.
 */
export function forEachLine(streams: Readable[], onLine: (line: string) => void): void {
  for (const input of streams) {
    createInterface({ input, crlfDelay: Infinity }).on('line', (line) => {
      if (line.trim()) onLine(line)
    })
  }
}
