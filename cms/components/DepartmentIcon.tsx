import { Emblem } from './Emblem'

/** The small mark Payload shows at the start of the admin's top bar, linking to the dashboard. */
export function DepartmentIcon() {
  return <Emblem size={28} named />
}
