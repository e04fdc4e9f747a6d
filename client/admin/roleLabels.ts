import type { Role } from '../../shared/accounts/roles'

/** What each role is called in the administration. */
export const roleLabels: Record<Role, string> = {
  admin: 'Administration',
  editor: 'Bearbeitung',
  reviewer: 'Gremium (lesen und kommentieren)',
}
