import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `scripts/<script>` in a child process, as an operator would, against the database the
 * environment names (startTestCms has set DATA_DIR, MEDIA_DIR, DATABASE_URL, PAYLOAD_SECRET).
 */
export function runScript(script: string, args: string[], { cwd = root } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, path.join(root, 'scripts', script), ...args], {
      cwd,
      env: process.env,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
