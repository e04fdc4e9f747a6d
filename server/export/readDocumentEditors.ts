import type { UpdateAttribution } from '../../shared/history/UpdateAttribution'

/** Who made a document and who last changed it, by name, for an exported file's properties. */
export interface DocumentEditors {
  author: string | null
  lastModifiedBy: string | null
}

/**
 * The account that sent the document's first recorded update (its import or first keystrokes) and the one
 * that sent the last update up to `until` (the moment a Fassung was frozen; null for the draft).
 */
export function readDocumentEditors(attributions: readonly UpdateAttribution[], users: readonly { id: string; name: string }[], until: string | null): DocumentEditors {
  const nameOf = (userId: string | undefined) => (userId === undefined ? null : (users.find((user) => user.id === userId)?.name ?? null))
  const upTo = until === null ? attributions : attributions.filter((attribution) => attribution.at <= until)
  return { author: nameOf(attributions[0]?.userId), lastModifiedBy: nameOf(upTo.at(-1)?.userId) }
}
