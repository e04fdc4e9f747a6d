import { describePerson } from '../presence/describePerson'
import { PresenceAvatar } from '../presence/PresenceAvatar'
import type { DocumentListEntry } from './DocumentListEntry'

/** Who has a document open right now, as department badges with a short text for everyone. */
export function DocumentPresence({ present }: { present: DocumentListEntry['present'] }) {
  if (present.length === 0) return null
  return (
    <span className="document-presence" data-testid="document-presence" title={present.map(describePerson).join('; ')}>
      <span className="document-presence-label">Gerade geöffnet von</span>
      {present.map((person) => (
        <PresenceAvatar key={person.userId} person={person} size="small" testId="document-presence-avatar" />
      ))}
    </span>
  )
}
