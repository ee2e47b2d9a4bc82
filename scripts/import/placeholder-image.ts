import { createHash } from 'node:crypto'
import sharp from 'sharp'

export const PLACEHOLDER_WIDTH = 1200
export const PLACEHOLDER_HEIGHT = 800

/**
 * A calm diagonal gradient standing in for a photo the legacy export lost. It carries no text:
 * the caption is printed under it anyway, and rendering text would need fonts on the server. The
 * hue comes from the caption, so a page of placeholders is not one identical grey block.
 */
export async function makePlaceholderImage(seed: string): Promise<Buffer> {
  const hue = createHash('sha1').update(seed).digest()[0] * (360 / 256)
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
