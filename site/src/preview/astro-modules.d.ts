// tsc reads .astro files only through Astro's own tooling; the preview renderer is plain
// TypeScript that imports a page component, so it is told what such an import is.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js'

  const Component: AstroComponentFactory
  export default Component
}
