import type { Editor } from '@tiptap/core'
import { deleteBlock } from '../../../shared/schema/commands/deleteBlock'
import { describeBlock } from '../../../shared/schema/commands/describeBlock'
import { duplicateBlock } from '../../../shared/schema/commands/duplicateBlock'
import { findBlockStepTarget, type BlockStepDirection } from '../../../shared/schema/commands/findBlockStepTarget'
import { findHandlungsfeldTarget } from '../../../shared/schema/commands/findHandlungsfeldTarget'
import { moveBlock } from '../../../shared/schema/commands/moveBlock'
import { stopUndoCapturing } from '../collaboration/stopUndoCapturing'
import { focusEditorNow } from '../focusEditorNow'
import type { BlockActionsStore } from './BlockActionsStore'
import { resolveBlockRef, type BlockRef } from './BlockRef'

export type BlockAction =
  | { kind: 'step'; direction: BlockStepDirection }
  | { kind: 'moveInto'; handlungsfeld: BlockRef }
  | { kind: 'drop'; target: number }
  | { kind: 'duplicate' }
  | { kind: 'delete' }

const directionWords: Record<BlockStepDirection, string> = { up: 'nach oben', down: 'nach unten' }

/**
 * Runs one block action on `block` (found again by its id, as others may have edited since the menu opened) as
 * one transaction (one undo step), puts the focus back into the text at the block, and announces what happened
 * (or why nothing did) in German. Returns whether it changed the document.
 */
export function performBlockAction(editor: Editor, store: BlockActionsStore, block: BlockRef, action: BlockAction): boolean {
  const { state } = editor
  const found = resolveBlockRef(state.doc, block)
  if (!found) {
    focusEditorNow(editor)
    store.announce('Der Block ist nicht mehr da; jemand hat ihn inzwischen gelöscht.')
    return false
  }
  const { position } = found
  const name = describeBlock(state.doc, position)
  const tr = state.tr
  let message: string
  let changed = true
  switch (action.kind) {
    case 'step': {
      const target = findBlockStepTarget(state.doc, position, action.direction)
      const moved = target === null ? null : moveBlock(tr, position, target)
      changed = moved !== null
      message = moved === null ? `${name} kann nicht weiter ${directionWords[action.direction]} verschoben werden.` : `${name} ${directionWords[action.direction]} verschoben${nowCalled(tr.doc, moved, name)}.`
      break
    }
    case 'moveInto': {
      const handlungsfeld = resolveBlockRef(state.doc, action.handlungsfeld)
      const target = handlungsfeld ? findHandlungsfeldTarget(state.doc, position, handlungsfeld.position) : null
      const moved = target === null || !handlungsfeld ? null : moveBlock(tr, position, target)
      changed = moved !== null
      message = moved === null || !handlungsfeld ? `${name} kann dorthin nicht verschoben werden.` : `${name} verschoben nach ${describeBlock(tr.doc, tr.mapping.map(handlungsfeld.position))}${nowCalled(tr.doc, moved, name)}.`
      break
    }
    case 'drop': {
      const moved = moveBlock(tr, position, action.target)
      changed = moved !== null
      message = moved === null ? `${name} kann dort nicht abgelegt werden.` : `${name} verschoben${nowCalled(tr.doc, moved, name)}.`
      break
    }
    case 'duplicate': {
      const copy = duplicateBlock(tr, position)
      changed = copy !== null
      message = copy === null ? `${name} kann hier nicht dupliziert werden.` : `${name} dupliziert, die Kopie ist ${describeBlock(tr.doc, copy)}.`
      break
    }
    case 'delete':
      changed = deleteBlock(tr, position)
      message = changed ? `${name} gelöscht. Rückgängig mit Strg+Z.` : `${name} kann nicht gelöscht werden.`
      break
  }
  if (changed) {
    // One action, one undo step: not merged with typing or another action within the undo manager's half second.
    stopUndoCapturing(state)
    editor.view.dispatch(tr)
    stopUndoCapturing(editor.state)
  }
  focusEditorNow(editor)
  store.announce(message)
  return changed
}

function nowCalled(doc: Parameters<typeof describeBlock>[0], position: number, before: string): string {
  const after = describeBlock(doc, position)
  return after === before ? '' : `, jetzt ${after}`
}
