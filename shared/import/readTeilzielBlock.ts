import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../schema/nodeNames'
import type { TeilzielFieldName } from '../schema/nodes/teilziel/teilzielFieldDefinitions'
import { linesToBlocks } from './linesToBlocks'
import { matchConceptLabel } from './matchConceptLabel'
import { readLabelledParagraph } from './readLabelledParagraph'
import { teilzielJson } from './json/teilzielJson'

export interface TeilzielBlockReading {
  node: JSONContent
  /** Index of the first line after the block. */
  next: number
}

/**
 * Reads the Teilziel table starting at `start` (a "Teilziel" label line), in either layout: labels on their
 * own lines with the text below, or label and text on one line. A field runs to the next label; the block
 * ends after the Verantwortliche paragraph (unless more, not yet filled field labels follow), at the next
 * Teilziel or Oberziel, or at the end of the section.
 */
export function readTeilzielBlock(lines: readonly string[], start: number): TeilzielBlockReading {
  const fields = new Map<TeilzielFieldName, string[]>()
  const labels: Partial<Record<TeilzielFieldName, string>> = {}
  const append = (field: TeilzielFieldName, added: readonly string[]) => fields.set(field, [...(fields.get(field) ?? []), ...added])
  let current: TeilzielFieldName = NodeName.teilzielZiel
  const first = matchConceptLabel(lines[start]!)
  if (first) labels[current] = first.wording
  append(current, [first?.rest ?? ''])
  let index = start + 1
  while (index < lines.length) {
    const label = matchConceptLabel(lines[index]!)
    if (!label) {
      append(current, [lines[index]!])
      index += 1
      continue
    }
    if (label.label === NodeName.oberziel || label.label === NodeName.teilzielZiel) break
    labels[label.label] ??= label.wording
    if (label.label !== NodeName.teilzielVerantwortliche) {
      current = label.label
      append(current, [label.rest])
      index += 1
      continue
    }
    const paragraph = readLabelledParagraph(lines, index, label.rest)
    append(label.label, paragraph.lines)
    index = paragraph.next
    const following = nextNonBlankIndex(lines, index)
    const followingLabel = following < lines.length ? matchConceptLabel(lines[following]!)?.label : undefined
    if (!followingLabel || followingLabel === NodeName.oberziel || followingLabel === NodeName.teilzielZiel || fields.has(followingLabel)) break
    index = following
  }
  const content: Partial<Record<TeilzielFieldName, JSONContent[]>> = {}
  for (const [field, fieldLines] of fields) {
    content[field] = linesToBlocks(fieldLines, { asList: field === NodeName.teilzielAktivitaeten })
  }
  return { node: teilzielJson(content, labels), next: index }
}

function nextNonBlankIndex(lines: readonly string[], from: number): number {
  let index = from
  while (index < lines.length && !lines[index]!.trim()) index += 1
  return index
}
