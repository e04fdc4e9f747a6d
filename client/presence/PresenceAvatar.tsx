import type { CSSProperties } from 'react'
import { departmentColor } from './departmentColor'
import { describePerson } from './describePerson'
import { formatInitials } from './formatInitials'
import { useDepartmentRegistry } from './useDepartmentRegistry'

/**
 * A person as a small round badge: initials on their department's colour, named "Name, Fachdienst" for
 * screen readers and as a tooltip. `size` "small" is for the outline and the document list.
 */
export function PresenceAvatar({
  person,
  isSelf = false,
  size = 'regular',
  testId = 'presence-avatar',
}: {
  person: { userId: string; name: string; department: string; color?: string }
  isSelf?: boolean
  size?: 'regular' | 'small'
  testId?: string
}) {
  const label = isSelf ? `${describePerson(person)} (Sie)` : describePerson(person)
  // Subscribed so the avatar takes its Fachdienst's colour once the list of Fachdienste has arrived.
  useDepartmentRegistry()
  const color = person.color ?? departmentColor(person.department)
  return (
    <span
      className={`presence-avatar presence-avatar--${size}`}
      style={{ '--presence-color': color } as CSSProperties}
      role="img"
      aria-label={label}
      title={label}
      data-testid={testId}
      data-user-id={person.userId}
    >
      <span aria-hidden="true">{formatInitials(person.name)}</span>
    </span>
  )
}
