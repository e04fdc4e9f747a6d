import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type { CommentRange } from '../../../shared/review/CommentThread'
import { resolveCommentRange } from './resolveCommentRange'

/** A passage to highlight: an open thread's, or the one a new comment is being written on. */
export interface HighlightedPassage {
  /** A thread id, or `pendingPassageId` for the comment being written. */
  id: string
  range: CommentRange
}

export const pendingPassageId = 'neu'

interface HighlightState {
  passages: readonly HighlightedPassage[]
  activeId: string | null
  decorations: DecorationSet
}

export interface HighlightUpdate {
  passages?: readonly HighlightedPassage[]
  activeId?: string | null
}

export const commentHighlightPluginKey = new PluginKey<HighlightState>('commentHighlights')

/**
 * Highlights the passages of open comment threads. Their places are read from Yjs relative positions, so a
 * highlight keeps covering the same words whoever edits before, after or inside them: local edits map the
 * highlights along, a remote edit (the binding rebuilds the document) reads the positions anew.
 */
export function createCommentHighlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightPluginKey,
    state: {
      init: () => ({ passages: [], activeId: null, decorations: DecorationSet.empty }),
      apply(tr, value, _oldState, newState) {
        const update = tr.getMeta(commentHighlightPluginKey) as HighlightUpdate | undefined
        if (update) {
          const next = { ...value, ...update }
          return { ...next, decorations: buildDecorations(newState, next.passages, next.activeId) }
        }
        if (!tr.docChanged) return value
        if (isRemoteChange(tr)) return { ...value, decorations: buildDecorations(newState, value.passages, value.activeId) }
        return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) }
      },
    },
    props: {
      decorations: (state) => commentHighlightPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  })
}

function buildDecorations(state: EditorState, passages: readonly HighlightedPassage[], activeId: string | null): DecorationSet {
  const decorations: Decoration[] = []
  for (const passage of passages) {
    const place = resolveCommentRange(state, passage.range)
    if (!place) continue
    const classes = ['comment-highlight', passage.id === activeId ? 'is-active' : '', passage.id === pendingPassageId ? 'is-pending' : ''].filter(Boolean).join(' ')
    decorations.push(Decoration.inline(place.from, place.to, { class: classes, 'data-thread-id': passage.id }, { threadId: passage.id }))
  }
  return DecorationSet.create(state.doc, decorations)
}

function isRemoteChange(transaction: Transaction): boolean {
  const meta = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined
  return meta?.isChangeOrigin === true
}
