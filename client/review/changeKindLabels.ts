import type { ChangeKind } from '../../shared/changes/ChangeModel'

/** How each kind of change is named in lists, badges and tooltips. */
export const changeKindLabels: Record<ChangeKind, string> = {
  insertion: 'Einfügung',
  deletion: 'Streichung',
  attribute: 'Geänderte Angabe',
  move: 'Verschiebung',
  reorder: 'Umstellung',
  format: 'Formatierung',
}
