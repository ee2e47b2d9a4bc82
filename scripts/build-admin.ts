/** npm run build:admin: the production build of the admin, stamped so `npm start` reuses it. */
import path from 'node:path'

import { rootDir } from '../cms/env'
import { buildAdminOnce } from './lib/admin-build'
import { runToEnd } from './lib/processes'

const nextBin = path.join(rootDir, 'node_modules/.bin/next')
const build = () =>
  runToEnd(nextBin, ['build'], { cwd: path.join(rootDir, 'cms'), detached: false })
await buildAdminOnce(rootDir, build, (line) => process.stderr.write(`[build:admin] ${line}\n`))
