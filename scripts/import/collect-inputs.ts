import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

export interface InputFile {
  path: string
  /** How the file is named in reports: relative to the working folder when inside it. */
  display: string
  /** Set when the argument itself is unusable (missing path, folder without .txt files). */
  error?: string
}

function displayOf(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute
}

async function walkTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const found: string[] = []
  for (const entry of entries) {
    // Hidden folders hold editor backups and version-control data, never articles.
    if (entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await walkTextFiles(full)))
    else if (entry.isFile() && /\.txt$/i.test(entry.name)) found.push(full)
  }
  return found
}

/**
 * Expands the command-line arguments: files are taken as given (the decoder judges them), folders
 * are walked for .txt files in name order. A missing path is reported, not fatal.
 */
export async function collectInputs(args: string[]): Promise<InputFile[]> {
  const inputs: InputFile[] = []
  const seen = new Set<string>()
  const add = (absolute: string) => {
    if (seen.has(absolute)) return
    seen.add(absolute)
    inputs.push({ path: absolute, display: displayOf(absolute) })
  }
  for (const arg of args) {
    const absolute = path.resolve(arg)
    const info = await stat(absolute).catch(() => null)
    if (!info) {
      inputs.push({
        path: absolute,
        display: arg,
        error: `Không tìm thấy tệp hoặc thư mục “${arg}”.`,
      })
    } else if (info.isDirectory()) {
      const found = (await walkTextFiles(absolute)).sort((a, b) => a.localeCompare(b, 'vi'))
      if (found.length === 0) {
        inputs.push({
          path: absolute,
          display: arg,
          error: `Thư mục “${arg}” không có tệp .txt nào.`,
        })
      }
      found.forEach(add)
    } else {
      add(absolute)
    }
  }
  return inputs
}
