/**
 * The search job's own process, `index-in-background.ts <RELEASES_DIR>`: started by
 * search-index.ts at low priority, so that Pagefind (which it starts, and which inherits that
 * priority) never slows the next publish on a small server.
 */
import { indexLiveRelease } from './search-index'

const dir = process.argv[2]
if (!dir) {
  process.stderr.write('usage: index-in-background.ts <RELEASES_DIR>\n')
  process.exit(2)
}
await indexLiveRelease(dir, (line) => process.stdout.write(`${line}\n`))
