export interface GoalStatement {
  name: string
  /** The goal sentence ("Jede*r Zugewanderte spricht die deutsche Sprache."), or '' when none was found. */
  statement: string
}

// Words that open a goal sentence rather than continue a noun phrase.
const sentenceStarters = new Set(['jede*r', 'jede:r', 'jede/r', 'jeder', 'jede', 'jedes', 'alle', 'die', 'der', 'das', 'bei', 'im', 'in', 'es', 'ein', 'eine', 'für', 'durch', 'mit', 'zur', 'zum', 'wir'])

/**
 * Splits "Sprachförderung und Spracherwerb Jede*r Zugewanderte spricht die deutsche Sprache." into the goal's
 * name and its sentence. The mind-map export runs them together, so: an explicit separator wins, then the
 * short name the Maßnahmen chapter uses for the goal, then the first place where two capitalised words meet,
 * preferring one whose second word typically opens a sentence ("Die", "Bei", "Jede*r").
 */
export function splitGoalStatement(text: string, knownName?: string): GoalStatement {
  const trimmed = text.trim()
  const separated = /^(.{3,80}?)(?:\s+[–—-]\s+|:\s+|\t+)(.+)$/.exec(trimmed)
  if (separated) return { name: separated[1]!.trim(), statement: separated[2]!.trim() }
  if (knownName && trimmed.toLowerCase().startsWith(`${knownName.toLowerCase()} `)) {
    return { name: trimmed.slice(0, knownName.length), statement: trimmed.slice(knownName.length).trim() }
  }
  const words = trimmed.split(' ')
  const candidates: number[] = []
  for (let index = 1; index < words.length - 2; index += 1) {
    if (isCapitalised(words[index]!) && isCapitalised(words[index - 1]!)) candidates.push(index)
  }
  const split = candidates.find((index) => sentenceStarters.has(words[index]!.toLowerCase())) ?? candidates[0]
  if (split === undefined) return { name: trimmed, statement: '' }
  return { name: words.slice(0, split).join(' '), statement: words.slice(split).join(' ') }
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}
