/** npm run build:admin: the production build of the admin, stamped so `npm start` reuses it. */
import path from 'node:path'

import { rootDir } from '../cms/env'
import { markAdminBuildCurrent } from './lib/admin-build'
import { runToEnd } from './lib/processes'

await runToEnd(path.join(rootDir, 'node_modules/.bin/next'), ['build'], { cwd: path.join(rootDir, 'cms'), detached: false })
markAdminBuildCurrent(rootDir)
