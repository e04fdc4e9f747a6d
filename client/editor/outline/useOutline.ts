import type { Editor } from '@tiptap/core'
import { useEffect, useState } from 'react'
import { collectOutline, type OutlineEntry } from '../../../shared/model/collectOutline'

/** The document's outline, collected again at most every `delayMilliseconds` while the document changes (locally or remotely). */
export function useOutline(editor: Editor, delayMilliseconds = 250): OutlineEntry[] {
  const [entries, setEntries] = useState(() => collectOutline(editor.state.doc))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const handleUpdate = () => {
      if (timer !== undefined) return
      timer = setTimeout(() => {
        timer = undefined
        setEntries(collectOutline(editor.state.doc))
      }, delayMilliseconds)
    }
    editor.on('update', handleUpdate)
    handleUpdate()
    return () => {
      editor.off('update', handleUpdate)
      clearTimeout(timer)
    }
  }, [editor, delayMilliseconds])
  return entries
}
