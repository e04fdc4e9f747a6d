import type { PublicUser } from '../../shared/accounts/PublicUser'
import { canEditText } from '../../shared/accounts/roles'
import { ForbiddenError } from '../errors/ForbiddenError'
import { InvalidInputError } from '../errors/InvalidInputError'
import { NotFoundError } from '../errors/NotFoundError'
import type { AccountStorage } from '../storage/AccountStorage'
import type { DocumentRecord, DocumentStorage } from '../storage/DocumentStorage'

/** Who may open a document: every account, unless the document's access list names some (admins always). */
export class DocumentAccess {
  constructor(
    private readonly accounts: AccountStorage,
    private readonly documents: DocumentStorage,
  ) {}

  async canOpen(user: PublicUser, documentId: string): Promise<boolean> {
    if (user.role === 'admin') return true
    const accessList = await this.accounts.getDocumentAccess(documentId)
    return accessList.length === 0 || accessList.includes(user.id)
  }

  /** The document, if it exists and the user may open it; a document the user may not see is "not found" to them. */
  async requireReadable(user: PublicUser, documentId: string): Promise<DocumentRecord> {
    const document = await this.documents.getDocument(documentId)
    if (!document || !(await this.canOpen(user, documentId))) throw new NotFoundError('Dokument nicht gefunden.')
    return document
  }

  async requireWritable(user: PublicUser, documentId: string): Promise<DocumentRecord> {
    const document = await this.requireReadable(user, documentId)
    if (!canEditText(user.role)) throw new ForbiddenError('Ihre Rolle erlaubt nur Lesen und Kommentieren.')
    return document
  }

  /** The accounts named on the document's access list; empty when every account may open it. */
  getAccessList(documentId: string): Promise<string[]> {
    return this.accounts.getDocumentAccess(documentId)
  }

  /** Replaces the document's access list; every id must name an existing account. */
  async setAccessList(documentId: string, userIds: string[]): Promise<void> {
    for (const userId of new Set(userIds)) {
      if (!(await this.accounts.findUserById(userId))) throw new InvalidInputError('Die Zugriffsliste nennt ein Konto, das es nicht gibt.')
    }
    await this.accounts.setDocumentAccess(documentId, userIds)
  }

  requireEditor(user: PublicUser): void {
    if (!canEditText(user.role)) throw new ForbiddenError('Ihre Rolle erlaubt nur Lesen und Kommentieren.')
  }
}
