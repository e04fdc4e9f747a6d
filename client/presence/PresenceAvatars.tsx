import type { Awareness } from 'y-protocols/awareness'
import { distinctUsers } from './distinctUsers'
import { PresenceAvatar } from './PresenceAvatar'
import { useAwarenessUsers } from './useAwarenessUsers'

/** The header's row of everyone who has the document open, the signed-in person last. */
export function PresenceAvatars({ awareness }: { awareness: Awareness }) {
  const people = distinctUsers(useAwarenessUsers(awareness)).sort((left, right) => Number(left.isLocal) - Number(right.isLocal))
  if (people.length === 0) return null
  return (
    <ul className="presence-avatars" aria-label="Gerade im Konzept" data-testid="presence-avatars">
      {people.map((person) => (
        <li key={person.userId} className="presence-avatars-item">
          <PresenceAvatar person={person} isSelf={person.isLocal} />
        </li>
      ))}
    </ul>
  )
}
