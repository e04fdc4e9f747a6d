import { createEmptyMetadata, type CoverFields } from '../../shared/documentMeta/DocumentMetadata'

const keyOf = (accountId: string, documentId: string) => `fassung:beschlussvorlage:${accountId}:${documentId}`

/**
 * Unsaved cover fields of this tab, kept in sessionStorage: they survive a reload, leaving the page and an
 * expired session (the sign-in form replaces the page). Only the changed fields are kept.
 */
export const coverDraftStorage = {
  read(accountId: string, documentId: string): Partial<CoverFields> | null {
    try {
      const stored = window.sessionStorage.getItem(keyOf(accountId, documentId))
      if (!stored) return null
      return readCoverChanges(JSON.parse(stored))
    } catch {
      // Storage switched off or a damaged entry: there is simply no draft.
      return null
    }
  },
  write(accountId: string, documentId: string, changes: Partial<CoverFields>): void {
    try {
      window.sessionStorage.setItem(keyOf(accountId, documentId), JSON.stringify(changes))
    } catch {
      // Storage full or switched off: the form itself still holds the text.
    }
  },
  clear(accountId: string, documentId: string): void {
    try {
      window.sessionStorage.removeItem(keyOf(accountId, documentId))
    } catch {
      // Nothing stored where storage is switched off.
    }
  },
}

/** The entries of a stored draft that have a cover field's name and type; null if none. */
function readCoverChanges(parsed: unknown): Partial<CoverFields> | null {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
  const input = parsed as Record<string, unknown>
  const template = createEmptyMetadata().cover
  const changes: Record<string, unknown> = {}
  for (const key of Object.keys(template) as (keyof CoverFields)[]) {
    const value = input[key]
    const expected = template[key]
    if (Array.isArray(expected) ? Array.isArray(value) && value.every((entry) => typeof entry === 'string') : typeof value === typeof expected) changes[key] = value
  }
  return Object.keys(changes).length > 0 ? (changes as Partial<CoverFields>) : null
}
