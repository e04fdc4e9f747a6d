/**
 * A place Tab can move to: a labelled field (the cursor goes to its start) or the header controls of a
 * Maßnahme (Kürzel, Zeitraum, Status), which sit before its fields.
 */
export interface FieldStop {
  kind: 'field' | 'massnahmeControls'
  /** Position of the field node, or of the Maßnahme node for its controls. */
  position: number
}

export type FieldDirection = 'forward' | 'backward'
