import { DEPARTMENT, EMBLEM } from '@bantin/content-types/department'

/** The department's emblem (content-types/department.ts), named for screen readers when alone. */
export function Emblem({ size, named = false }: { size: number; named?: boolean }) {
  const label = named
    ? { role: 'img', 'aria-label': `Biểu trưng ${DEPARTMENT.name}` }
    : { 'aria-hidden': true }
  return (
    <svg viewBox={EMBLEM.viewBox} width={size} height={size} focusable="false" {...label}>
      <circle cx="32" cy="32" r="31" fill={EMBLEM.ring} />
      <circle cx="32" cy="32" r="27" fill={EMBLEM.field} />
      <path fill={EMBLEM.ring} d={EMBLEM.star} />
    </svg>
  )
}
