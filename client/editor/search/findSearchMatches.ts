import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { SearchMatch, SearchQuery } from './SearchQuery'

// Stands in for an inline node that is not text (a line break): one position wide, and never part of a match.
const inlineLeafPlaceholder = '\uFFFC'
const wordCharacter = /[\p{L}\p{N}_]/u

/**
 * Every passage of `doc` that matches `query`, in document order. Each textblock (a paragraph of a field,
 * a heading, a Handlungsfeld title) is searched on its own, so a match never spans fields or blocks, and
 * replacing it can only change text.
 */
export function findSearchMatches(doc: ProseMirrorNode, query: SearchQuery): SearchMatch[] {
  if (!query.text) return []
  const needle = query.caseSensitive ? query.text : lowerCaseSameLength(query.text)
  const matches: SearchMatch[] = []
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true
    const text = textblockText(node)
    const haystack = query.caseSensitive ? text : lowerCaseSameLength(text)
    let start = haystack.indexOf(needle)
    while (start >= 0) {
      const end = start + needle.length
      const accepted = !query.wholeWord || isWholeWord(text, start, end)
      if (accepted) matches.push({ from: position + 1 + start, to: position + 1 + end })
      start = haystack.indexOf(needle, accepted ? end : start + 1)
    }
    return false
  })
  return matches
}

/** The textblock's content with one character per position, so offsets in it are position offsets. */
function textblockText(textblock: ProseMirrorNode): string {
  let text = ''
  textblock.forEach((child) => {
    text += child.isText ? (child.text ?? '') : inlineLeafPlaceholder.repeat(child.nodeSize)
  })
  return text
}

// Lower-cases character by character and keeps those whose lower case is longer ("İ"), so offsets stay aligned.
function lowerCaseSameLength(text: string): string {
  let lower = ''
  for (const character of text) {
    const candidate = character.toLowerCase()
    lower += candidate.length === character.length ? candidate : character
  }
  return lower
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? (text[start - 1] ?? '') : ''
  const after = text[end] ?? ''
  return !wordCharacter.test(before) && !wordCharacter.test(after)
}
