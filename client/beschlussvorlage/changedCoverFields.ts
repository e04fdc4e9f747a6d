import type { CoverFields } from '../../shared/documentMeta/DocumentMetadata'

/** The fields of `values` that differ from `baseline`; empty when nothing changed. */
export function changedCoverFields(baseline: CoverFields, values: CoverFields): Partial<CoverFields> {
  const changes: Record<string, unknown> = {}
  for (const key of Object.keys(values) as (keyof CoverFields)[]) {
    if (JSON.stringify(values[key]) !== JSON.stringify(baseline[key])) changes[key] = values[key]
  }
  return changes as Partial<CoverFields>
}
