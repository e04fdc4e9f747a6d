import type { EditorLocation } from './EditorLocation'

/** The `location` of an awareness state if it has the expected shape, else null (old clients, tampering). */
export function readEditorLocation(value: unknown): EditorLocation | null {
  if (typeof value !== 'object' || value === null) return null
  const { handlungsfeldId, blockId } = value as Record<string, unknown>
  const readId = (id: unknown) => (typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : null)
  const location = { handlungsfeldId: readId(handlungsfeldId), blockId: readId(blockId) }
  return location.handlungsfeldId === null && location.blockId === null ? null : location
}
