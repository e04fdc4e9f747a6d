import type { CoverFields } from '../../shared/documentMeta/DocumentMetadata'

/**
 * The form after a save: the server's fields, except those typed into while the save was under way
 * (they differ from what was sent), which stay as typed.
 */
export function mergeSavedCover(current: CoverFields, sent: CoverFields, saved: CoverFields): CoverFields {
  const merged: Record<string, unknown> = { ...saved }
  for (const key of Object.keys(saved) as (keyof CoverFields)[]) {
    if (JSON.stringify(current[key]) !== JSON.stringify(sent[key])) merged[key] = current[key]
  }
  return merged as unknown as CoverFields
}
