import { createHash } from 'node:crypto'
import sharp from 'sharp'

const PLACEHOLDER_WIDTH = 1200
const PLACEHOLDER_HEIGHT = 800
/** How many different placeholder pictures there are (hues round the colour wheel). */
const PLACEHOLDER_HUES = 16

/**
 * Which of the hues a caption gets. A page of placeholders is not one identical grey block, and
 * a few hues are enough for that: the importer encodes each hue's image and variants once per run.
 */
export function placeholderHue(seed: string): number {
  return createHash('sha1').update(seed).digest()[0] % PLACEHOLDER_HUES
}

/**
 * A calm diagonal gradient standing in for a photo the legacy export lost. It carries no text:
 * the caption is printed under it anyway, and rendering text would need fonts on the server.
 */
export async function makePlaceholderImage(seed: string): Promise<Buffer> {
  const hue = placeholderHue(seed) * (360 / PLACEHOLDER_HUES)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PLACEHOLDER_WIDTH}" height="${PLACEHOLDER_HEIGHT}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue.toFixed(0)}, 22%, 78%)"/>
    <stop offset="1" stop-color="hsl(${((hue + 40) % 360).toFixed(0)}, 18%, 52%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="600" cy="400" r="150" fill="none" stroke="white" stroke-opacity="0.35" stroke-width="16"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
