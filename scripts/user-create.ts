/**
 * npm run user:create -- --email <email> [--role admin|editor|reporter] [--name "Họ tên"]
 * Asks for the password, or reads USER_PASSWORD when run from a script.
 */
import { parseArgs } from 'node:util'

import { passwordProblem } from '../cms/auth/password-policy'
import { openCms } from './lib/open-cms'
import { promptSecret } from './lib/prompt-secret'
import { readScriptSettings } from './lib/settings'
import { checkNewUser } from './lib/user-input'

const USAGE =
  'usage: npm run user:create -- --email <email> [--role admin|editor|reporter] [--name "Họ tên"]'

function fail(message: string, code = 1): never {
  process.stderr.write(`user:create: ${message}\n`)
  process.exit(code)
}

async function main() {
  let values: { email?: string; role?: string; name?: string }
  try {
    values = parseArgs({
      options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    }).values
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2)
  }
  const user = checkNewUser(values)
  if (Array.isArray(user)) fail(`${user.join('; ')}\n${USAGE}`, 2)
  const password =
    readScriptSettings().userPassword ??
    (await promptSecret(`Mật khẩu cho ${user.email}: `).catch((e: Error) => fail(e.message, 2)))
  // The CMS refuses the same passwords (cms/hooks/checkPasswordPolicy.ts); asking first saves
  // opening the database only to be told so.
  const weak = passwordProblem(password)
  if (weak) fail(weak, 2)

  const payload = await openCms()
  const existing = await payload.count({
    collection: 'users',
    where: { email: { equals: user.email } },
  })
  if (existing.totalDocs > 0)
    fail(`an account for ${user.email} already exists; nothing was changed`)
  const created = await payload.create({ collection: 'users', data: { ...user, password } })
  process.stderr.write(
    `user:create: created ${created.role} account ${created.email} (id ${created.id})\n`,
  )
  await payload.destroy()
  process.exit(0)
}

main().catch((error: Error) => fail(error.message))
