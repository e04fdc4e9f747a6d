import type { ChangeKind } from './ChangeModel'

/** How each kind of change is named in the change list, badges, tooltips and exports. */
export const changeKindLabels: Record<ChangeKind, string> = {
  insertion: 'Einfügung',
  deletion: 'Streichung',
  attribute: 'Geänderte Angabe',
  move: 'Verschiebung',
  reorder: 'Reihenfolge geändert',
  format: 'Formatierung',
}
