import { matchConceptLabel } from './matchConceptLabel'

export interface LabelledParagraph {
  lines: string[]
  /** Index of the first line after the paragraph. */
  next: number
}

/**
 * The text of a label that takes a single paragraph (Oberziel, Verantwortliche): the text beside the label
 * and the lines right below it, or, for a label on its own line, the first paragraph after it.
 */
export function readLabelledParagraph(lines: readonly string[], labelIndex: number, rest: string): LabelledParagraph {
  const collected = rest ? [rest] : []
  let index = labelIndex + 1
  if (!rest) {
    while (index < lines.length && !lines[index]!.trim()) index += 1
  }
  while (index < lines.length && lines[index]!.trim() && !matchConceptLabel(lines[index]!)) {
    collected.push(lines[index]!)
    index += 1
  }
  return { lines: collected, next: index }
}
