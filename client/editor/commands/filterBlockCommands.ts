import { normalizeSearchText } from '../../text/normalizeSearchText'
import type { BlockCommand } from './BlockCommand'
import { blockCommands } from './blockCommands'

/** The block commands whose label or keywords match what was typed after "/"; label matches first. */
export function filterBlockCommands(query: string, commands: readonly BlockCommand[] = blockCommands): BlockCommand[] {
  // "uberschrift" (umlaut dropped) should find "Überschrift" as well as "ueberschrift" does.
  const loose = (text: string) => normalizeSearchText(text).replace(/ue/g, 'u').replace(/ae/g, 'a').replace(/oe/g, 'o')
  const looseNeedle = loose(query)
  if (!looseNeedle) return [...commands]
  const labelMatches = commands.filter((command) => loose(command.label).startsWith(looseNeedle))
  const otherMatches = commands.filter(
    (command) => !labelMatches.includes(command) && [command.label, ...command.keywords].some((word) => loose(word).includes(looseNeedle)),
  )
  return [...labelMatches, ...otherMatches]
}
