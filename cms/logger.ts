import { defaultLoggerOptions } from 'payload'
import type { LoggerOptions } from 'pino'

const MAX_LINE = 300

type Refusal = { status: number; name?: unknown; message?: unknown }

/** An error Payload answers with a 4xx: the client's mistake or a refusal, not a fault here. */
function refusalIn(first: unknown): Refusal | null {
  const err = first instanceof Error ? first : (first as { err?: unknown } | null)?.err
  const status = (err as { status?: unknown } | undefined)?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? (err as Refusal) : null
}

/**
 * Payload logs every error it answers at ERROR with the whole stack, unless `loggingLevels` names
 * the error's class, and one class (APIError) carries both "Missing email." (400) and real faults
 * (500). So anyone could fill the log with stack traces by sending bad requests. A refusal (4xx) is
 * one line, `<status> <class>: <message>`, at info (at warn if its class was set to warn); a 5xx
 * keeps its level and stack.
 */
const cmsLoggerOptions: LoggerOptions = {
  hooks: {
    logMethod(inputArgs, method, level) {
      const refusal = level >= 40 ? refusalIn(inputArgs[0]) : null
      if (!refusal) return method.apply(this, inputArgs)
      const text = `${refusal.status} ${String(refusal.name)}: ${String(refusal.message)}`.replace(
        /\s+/g,
        ' ',
      )
      const line = text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}…` : text
      if (level === 40) return method.call(this, line)
      this.info(line)
    },
  },
}

/** The CMS's logger: Payload's usual readable console output, with refusals kept to one line. */
export const cmsLogger = { options: cmsLoggerOptions, destination: defaultLoggerOptions }
