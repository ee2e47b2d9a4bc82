import { DEPARTMENT } from '@bantin/content-types/department'
import { Emblem } from './Emblem'

/** The login and first-account screens: the department's emblem and name, not Payload's logo. */
export function DepartmentLogo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 'calc(var(--base) * 0.75)' }}>
      <Emblem size={64} />
      <div>
        <div style={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.2 }}>
          {DEPARTMENT.name}
        </div>
        <div style={{ opacity: 0.75 }}>Quản trị trang tin</div>
      </div>
    </div>
  )
}
