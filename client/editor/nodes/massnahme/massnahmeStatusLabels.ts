import type { MassnahmeStatus } from '../../../../shared/schema/nodes/massnahme/massnahmeFieldDefinitions'

/** How each Maßnahme status reads in the status menu. */
export const massnahmeStatusLabels: Record<MassnahmeStatus, string> = {
  '': 'Nicht angegeben',
  geplant: 'Geplant',
  'in Umsetzung': 'In Umsetzung',
  umgesetzt: 'Umgesetzt',
  zurückgestellt: 'Zurückgestellt',
}
