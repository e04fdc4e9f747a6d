import type { Awareness } from 'y-protocols/awareness'
import type { PresentUser } from './PresentUser'
import { presenceColor } from './presenceColor'
import { readEditorLocation } from './readEditorLocation'

/**
 * Everyone in the awareness of a document, this tab included, in the order their states arrived. States
 * without a `user` (a client that has not announced itself yet) are left out.
 */
export function readPresentUsers(awareness: Awareness): PresentUser[] {
  const users: PresentUser[] = []
  for (const [clientId, state] of awareness.getStates()) {
    const user: unknown = state['user']
    if (typeof user !== 'object' || user === null) continue
    const { id, name, department, canWrite } = user as Record<string, unknown>
    if (typeof name !== 'string' || !name.trim()) continue
    users.push({
      clientId,
      userId: typeof id === 'string' && id ? id : `client-${clientId}`,
      name: name.trim(),
      department: typeof department === 'string' ? department.trim() : '',
      canWrite: canWrite !== false,
      color: presenceColor(user as Record<string, unknown>),
      location: readEditorLocation(state['location']),
      isLocal: clientId === awareness.clientID,
    })
  }
  return users
}
