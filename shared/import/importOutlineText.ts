import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../schema/nodeNames'
import type { ImportedContent } from './ImportedContent'
import { linesToBlocks } from './linesToBlocks'
import { matchStrategicGoal } from './matchStrategicGoal'
import { matchTeilzielItem } from './matchTeilzielItem'
import { parseMassnahmeItem } from './parseMassnahmeItem'
import { parseOutline, type OutlineItem } from './parseOutline'
import { splitGoalStatement } from './splitGoalStatement'
import { stripInlineMarkup } from './stripInlineMarkup'
import { bulletListJson, type ListEntry } from './json/bulletListJson'
import { handlungsfeldJson } from './json/handlungsfeldJson'
import { headingJson } from './json/headingJson'
import { massnahmeJson } from './json/massnahmeJson'
import { oberzielJson } from './json/oberzielJson'
import { paragraphJson } from './json/paragraphJson'
import { teilzielJson } from './json/teilzielJson'

/**
 * Imports a dotted outline such as a mind-map export (seed 002). Level 1 becomes level-1 headings, level 2
 * level-2 headings, except "Strategisches Ziel N: <Name> <goal sentence>" items, which become Handlungsfelder
 * titled with the name alone (the number is positional) with the goal sentence as Oberziel and their
 * "Teilziel k: …" items as Teilziel blocks. A later "Strategisches Ziel N: …" item listing "Maßnahme <Code>: …"
 * items is merged into goal N's Handlungsfeld; other Maßnahme items become Maßnahmen where they stand.
 * Items from level 3 become paragraphs, deeper levels nested bullet lists.
 */
export function importOutlineText(lines: readonly string[]): ImportedContent {
  const { preamble, items } = parseOutline(lines)
  const warnings: string[] = []
  const sourceNumbers = new Map<JSONContent, string>()
  const normalisedCodes: string[] = []
  let unnumberedItems = 0

  const definitions = new Map<number, OutlineItem>()
  const measureGroups = new Map<number, OutlineItem>()
  for (const chapter of items) {
    for (const item of chapter.children) {
      const goal = matchStrategicGoal(item.text)
      if (!goal) continue
      const listsMeasures = item.children.some((child) => parseMassnahmeItem(child.text)) && !item.children.some((child) => matchTeilzielItem(child.text))
      const target = listsMeasures ? measureGroups : definitions
      if (!target.has(goal.index)) target.set(goal.index, item)
    }
  }
  const mergedGroups = new Set([...measureGroups].filter(([index]) => definitions.has(index)).map(([, item]) => item))

  const notes = (item: OutlineItem) => linesToBlocks(item.notes)
  const listEntry = (item: OutlineItem): ListEntry => ({ text: [item.text, ...item.notes.filter((line) => line.trim())].join(' '), children: item.children.map(listEntry) })
  const deeper = (item: OutlineItem): JSONContent[] => (item.children.length > 0 ? [bulletListJson(item.children.map(listEntry))] : [])

  const itemBlocks = (item: OutlineItem): JSONContent[] => {
    unnumberedItems += 1
    const teilziel = matchTeilzielItem(item.text)
    if (teilziel !== null) return [teilzielJson({ [NodeName.teilzielZiel]: [paragraphJson(teilziel), ...notes(item), ...deeper(item)] })]
    const massnahme = parseMassnahmeItem(item.text)
    if (massnahme) {
      if (massnahme.code !== massnahme.sourceCode) normalisedCodes.push(`„${massnahme.sourceCode}“ → „${massnahme.code}“`)
      return [massnahmeJson({ code: massnahme.code, text: [paragraphJson(massnahme.text), ...notes(item), ...deeper(item)] })]
    }
    return [paragraphJson(item.text), ...notes(item), ...deeper(item)]
  }

  const goalHandlungsfeld = (item: OutlineItem, goalIndex: number, goalText: string): JSONContent => {
    const group = measureGroups.get(goalIndex)
    const { name, statement } = splitGoalStatement(goalText, group ? matchStrategicGoal(group.text)?.text : undefined)
    if (!statement) warnings.push(`Zu „Strategisches Ziel ${goalIndex}: ${name}“ wurde kein Zielsatz erkannt; es gibt kein Oberziel.`)
    const blocks: JSONContent[] = statement ? [oberzielJson([paragraphJson(statement)], strategicGoalLabel)] : []
    blocks.push(...notes(item), ...item.children.flatMap(itemBlocks))
    if (group) blocks.push(...notes(group), ...group.children.flatMap(itemBlocks))
    const node = handlungsfeldJson(name, blocks)
    sourceNumbers.set(node, item.number)
    return node
  }

  const sectionBlocks = (item: OutlineItem): JSONContent[] => {
    const goal = matchStrategicGoal(item.text)
    if (goal && definitions.get(goal.index) === item) return [goalHandlungsfeld(item, goal.index, goal.text)]
    const { heading, rest } = splitLongHeading(item.text)
    const node = headingJson(2, heading)
    sourceNumbers.set(node, item.number)
    return [node, ...(rest ? [paragraphJson(rest)] : []), ...notes(item), ...item.children.flatMap(itemBlocks)]
  }

  const content: JSONContent[] = linesToBlocks(preamble, { joinLines: false })
  for (const chapter of items) {
    const heading = headingJson(1, chapter.text)
    sourceNumbers.set(heading, chapter.number)
    content.push(heading, ...notes(chapter))
    for (const item of chapter.children) {
      if (!mergedGroups.has(item)) content.push(...sectionBlocks(item))
    }
  }

  if (mergedGroups.size > 0) {
    const headings = [...mergedGroups].map((item) => `„${item.number} ${item.text}“`).join(', ')
    warnings.push(`Die Maßnahmen unter ${headings} stehen jetzt im Handlungsfeld des jeweiligen strategischen Ziels; diese Zwischenüberschriften entfallen.`)
  }
  if (normalisedCodes.length > 0) warnings.push(`Maßnahmen-Codes ohne Leerzeichen übernommen: ${normalisedCodes.join(', ')}.`)
  if (unnumberedItems > 0) {
    warnings.push(`${unnumberedItems} Gliederungspunkte ab der dritten Ebene (z. B. „2.1.1.“) werden ohne Nummer übernommen: Teilziele und Maßnahmen über ihre Position bzw. ihren Code, alles andere als Absatz.`)
  }
  const title = preamble.map((line) => stripInlineMarkup(line)).find((line) => line.length > 0 && line.length <= 200) ?? null
  return { content, title, coverSheet: false, warnings, sourceNumbers }
}

// The goal sentence of a "Strategisches Ziel" keeps the document's name for it as its label.
const strategicGoalLabel = 'Strategisches Ziel'

// A long level-2 item such as "Vorhandene Netzwerke (beispielhaft): A B C …" reads as a heading plus text;
// a heading that introduces a list ("Folgende Maßnahmen …:") loses its colon.
function splitLongHeading(text: string): { heading: string; rest: string } {
  const colon = text.indexOf(': ')
  if (text.length <= 80 || colon < 0 || colon > 60) return { heading: text.replace(/\s*:$/, ''), rest: '' }
  return { heading: text.slice(0, colon), rest: text.slice(colon + 2) }
}
