import type { Decoration } from '@tiptap/pm/view'
import type { NumberingSpec } from './NumberingSpec'

/** The numbering a node view received through its decorations, or an empty spec. */
export function readNumberingSpec(decorations: readonly Decoration[]): NumberingSpec {
  for (const decoration of decorations) {
    const spec = decoration.spec as { numbering?: NumberingSpec }
    if (spec.numbering) return spec.numbering
  }
  return {}
}
