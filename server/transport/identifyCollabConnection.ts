import type { Context } from 'hono'
import { canEditText } from '../../shared/accounts/roles'
import { CloseCode, type CloseCodeValue } from '../../shared/collab/closeCodes'
import type { AuthService } from '../auth/AuthService'
import type { DocumentAccess } from '../auth/DocumentAccess'
import type { ConnectionIdentity } from '../collab/ConnectionIdentity'
import type { DocumentStorage } from '../storage/DocumentStorage'
import { readSessionToken } from './readSessionToken'

export type CollabAdmission = { identity: ConnectionIdentity } | { closeCode: CloseCodeValue; reason: string }

/** Decides, before any document data is sent, who a websocket belongs to and whether it may open the document. */
export async function identifyCollabConnection(
  c: Context,
  documentId: string,
  dependencies: { auth: AuthService; access: DocumentAccess; documents: DocumentStorage },
): Promise<CollabAdmission> {
  const user = await dependencies.auth.authenticate(readSessionToken(c, { allowQuery: true }))
  if (!user) return { closeCode: CloseCode.unauthorized, reason: 'Nicht angemeldet' }
  if (!(await dependencies.documents.getDocument(documentId))) return { closeCode: CloseCode.documentNotFound, reason: 'Dokument nicht gefunden' }
  if (!(await dependencies.access.canOpen(user, documentId))) return { closeCode: CloseCode.forbidden, reason: 'Kein Zugriff' }
  return { identity: { userId: user.id, name: user.name, department: user.department, canWrite: canEditText(user.role) } }
}
