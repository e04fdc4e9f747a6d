import { PresenceAvatar } from '../../presence/PresenceAvatar'
import type { PresentUser } from '../../presence/PresentUser'

/** The small department badges beside a Handlungsfeld in the outline: who else is working in it right now. */
export function OutlinePresence({ people }: { people: readonly PresentUser[] }) {
  if (people.length === 0) return null
  return (
    <span className="outline-presence" data-testid="outline-presence">
      {people.map((person) => (
        <PresenceAvatar key={person.userId} person={person} size="small" testId="outline-presence-badge" />
      ))}
    </span>
  )
}
