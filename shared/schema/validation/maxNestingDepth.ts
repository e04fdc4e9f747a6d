/**
 * How deep elements may nest in a concept (the fragment's children are at depth 1). Handlungsfelder nest a
 * few levels and a Teilziel adds about four more; anything near this limit is an attack, not a concept.
 */
export const maxNestingDepth = 32
