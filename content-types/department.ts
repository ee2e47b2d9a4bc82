/**
 * Who publishes: the department's name, printed by the public site and the admin alike. Sample
 * values for development and tests: a department replaces them with its own before going live.
 */
export const DEPARTMENT = {
  name: 'Công an tỉnh',
  englishName: 'Provincial Police Department',
} as const

/**
 * The emblem as one SVG drawing (a star on red in a gold ring), the same on the site's header and
 * the admin's login screen: no image request, sharp at any size.
 */
export const EMBLEM = {
  viewBox: '0 0 64 64',
  ring: '#ffd23f',
  field: '#b3001b',
  star: 'M32 12l5.9 18.1H57L41.6 41.3l5.9 18.1L32 48.2 16.5 59.4l5.9-18.1L7 30.1h19.1z',
} as const

/** The emblem as an SVG document, for a favicon. */
export const EMBLEM_SVG =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${EMBLEM.viewBox}">` +
  `<circle cx="32" cy="32" r="31" fill="${EMBLEM.ring}"/><circle cx="32" cy="32" r="27" fill="${EMBLEM.field}"/>` +
  `<path fill="${EMBLEM.ring}" d="${EMBLEM.star}"/></svg>`
