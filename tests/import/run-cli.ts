import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = path.resolve(import.meta.dirname, '../..')
// The loader rather than the tsx command: one process, so a SIGKILL hits the import itself.
const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface StartedScript {
  child: ChildProcess
  /** Resolves when the process has exited, with everything it printed. */
  done: Promise<CliRun>
}

/**
 * Starts `scripts/<script>` in a child process, as an operator would, against the database the
 * environment names (startTestCms has set DATA_DIR, MEDIA_DIR, DATABASE_URL, PAYLOAD_SECRET).
 * `onStderr` sees stderr as it grows, so a test can interrupt the run at a chosen point.
 */
export function startScript(
  script: string,
  args: string[],
  { cwd = root, onStderr }: { cwd?: string; onStderr?: (all: string) => void } = {},
): StartedScript {
  const entry = path.join(root, 'scripts', script)
  const child = spawn(process.execPath, ['--import', tsx, entry, ...args], {
    cwd,
    env: process.env,
  })
  const done = new Promise<CliRun>((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout!.on('data', (chunk) => (stdout += chunk))
    child.stderr!.on('data', (chunk) => {
      stderr += chunk
      onStderr?.(stderr)
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, done }
}

export function runScript(script: string, args: string[], { cwd = root } = {}): Promise<CliRun> {
  return startScript(script, args, { cwd }).done
}
