import type { Editor } from '@tiptap/core'
import { useEffect } from 'react'
import { placeParameter } from '../routing/documentPlacePath'
import { focusBlock } from './focusBlock'

/**
 * Opens the editor at the block the address names (`?stelle=<blockId>`, from a link of the activity page):
 * as soon as the document holds that block, the caret goes to its start, once.
 */
export function useOpenAtPlace(editor: Editor): void {
  useEffect(() => {
    const blockId = new URLSearchParams(window.location.search).get(placeParameter)
    if (!blockId) return
    let done = false
    const attempt = () => {
      if (done || editor.isDestroyed || !editor.isInitialized) return
      // Focusing dispatches a transaction of its own, which calls this again: the flag is set first.
      done = true
      done = focusBlock(editor, blockId)
      if (done) editor.off('transaction', attempt)
    }
    editor.on('transaction', attempt)
    editor.on('create', attempt)
    const frame = window.requestAnimationFrame(attempt)
    return () => {
      window.cancelAnimationFrame(frame)
      editor.off('transaction', attempt)
      editor.off('create', attempt)
    }
  }, [editor])
}
