import type { Context } from 'hono'
import { canEditText } from '../../shared/accounts/roles'
import { CloseCode, type CloseCodeValue } from '../../shared/collab/closeCodes'
import type { AuthService } from '../auth/AuthService'
import type { DocumentAccess } from '../auth/DocumentAccess'
import type { AuthorizationVerdict, ConnectionAuthorization } from '../collab/ConnectionAuthorization'
import type { ConnectionIdentity } from '../collab/ConnectionIdentity'
import type { DocumentStorage } from '../storage/DocumentStorage'
import { readSessionToken } from './readSessionToken'

export type CollabAdmission = { identity: ConnectionIdentity; authorization: ConnectionAuthorization } | { closeCode: CloseCodeValue; reason: string }

/**
 * Decides, before any document data is sent, who a websocket belongs to and whether it may open the document;
 * hands the core the session's end and a way to ask again later with the same session token.
 */
export async function identifyCollabConnection(
  c: Context,
  documentId: string,
  dependencies: { auth: AuthService; access: DocumentAccess; documents: DocumentStorage },
): Promise<CollabAdmission> {
  const { auth, access } = dependencies
  const token = readSessionToken(c, { allowQuery: true })
  const session = await auth.authenticateSession(token)
  if (!session) return { closeCode: CloseCode.unauthorized, reason: 'Nicht angemeldet' }
  const { user } = session
  if (!(await dependencies.documents.getDocument(documentId))) return { closeCode: CloseCode.documentNotFound, reason: 'Dokument nicht gefunden' }
  if (!(await access.canOpen(user, documentId))) return { closeCode: CloseCode.forbidden, reason: 'Kein Zugriff' }
  const recheck = async (): Promise<AuthorizationVerdict> => {
    const current = await auth.authenticate(token)
    if (!current) return { closeCode: CloseCode.unauthorized, reason: 'Sitzung beendet' }
    if (!(await access.canOpen(current, documentId))) return { closeCode: CloseCode.forbidden, reason: 'Kein Zugriff mehr' }
    return { canWrite: canEditText(current.role) }
  }
  return {
    identity: { userId: user.id, name: user.name, department: user.department, canWrite: canEditText(user.role) },
    authorization: { expiresAt: Date.parse(session.expiresAt), recheck },
  }
}
