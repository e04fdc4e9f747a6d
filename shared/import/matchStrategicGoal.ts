export interface StrategicGoalMatch {
  /** N in "Strategisches Ziel N". */
  index: number
  /** Everything after "Strategisches Ziel N:". */
  text: string
}

/** Recognises "Strategisches Ziel N: …" (seed 002). */
export function matchStrategicGoal(text: string): StrategicGoalMatch | null {
  const match = /^Strategisches\s+Ziel\s*(\d+)\s*:?\s*(.*)$/i.exec(text.trim())
  return match ? { index: Number(match[1]), text: match[2]!.trim() } : null
}
