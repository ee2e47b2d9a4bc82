import type { Payload } from 'payload'

import { loadDotEnv, quietPayloadForScripts } from './settings'

interface OpenCmsOptions {
  /** Lowest Payload log level printed (to stderr); 'warn' keeps a CLI's output readable. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error'
}

/**
 * Payload logs through pino straight to file descriptor 1, which would corrupt a CLI's `--json`
 * output. Every line goes to stderr instead, shortened to "[payload] message".
 */
function stderrDestination() {
  return {
    write(line: string) {
      try {
        const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } }
        // Scripts never send mail, so the missing email adapter is not worth a line.
        if (entry.msg?.startsWith('No email adapter provided')) return
        const extra =
          entry.err?.message && entry.err.message !== entry.msg ? ` (${entry.err.message})` : ''
        process.stderr.write(`[payload] ${entry.msg ?? ''}${extra}\n`)
      } catch {
        process.stderr.write(line)
      }
    },
  }
}

/**
 * Boots Payload for a command-line script: reads .env (when there is one) before the config is
 * imported, because cms/settings.ts reads the environment at import time, then applies pending
 * migrations. Callers end with `await payload.destroy()` and an explicit `process.exit`, since the
 * SQLite client may keep the event loop alive.
 */
export async function openCms({ logLevel = 'warn' }: OpenCmsOptions = {}): Promise<Payload> {
  loadDotEnv()
  quietPayloadForScripts()
  // Loaded here, not at the top: a script failing on its arguments should not pay for Payload.
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../cms/payload.config')
  const config = await configPromise
  // The sanitized config types every pino option as required; Payload fills the rest itself.
  const logger = { options: { level: logLevel }, destination: stderrDestination() }
  config.logger = logger as unknown as typeof config.logger
  const payload = await getPayload({ config })
  const { migrateDatabase } = await import('../../cms/migrate')
  await migrateDatabase(payload)
  return payload
}
