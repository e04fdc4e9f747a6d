import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { DecisionIndex } from '../../../shared/review/DecisionIndex'
import type { ReviewDecision } from '../../../shared/review/ReviewDecision'
import { compareVersions } from '../../review/api/compareVersions'
import { listDecisions } from '../../review/api/listDecisions'
import { trackChangesPluginKey, type TrackChangesUpdate } from './trackChangesPlugin'

const refreshDelayMs = 800
const decisionPollMs = 4000

export type TrackedChangesState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'shown'; model: ChangeModel; decisions: DecisionIndex }
  | { status: 'error'; message: string }

/**
 * While `from` names a Fassung: the comparison of that Fassung with the draft, drawn into the editor, loaded
 * again a moment after every edit (the debounce lets the server store it first) and whenever decisions change.
 * `from` null removes every mark: the clean text.
 */
export function useTrackedChanges(editor: Editor | null, ydoc: Y.Doc, documentId: string, from: string | null): { state: TrackedChangesState; refresh: () => void } {
  // Kept with the Fassung they belong to, so that choosing another one never shows the previous comparison.
  const [loaded, setLoaded] = useState<{ from: string; model: ChangeModel } | null>(null)
  const [failure, setFailure] = useState<{ from: string; message: string } | null>(null)
  const [decisions, setDecisions] = useState<ReviewDecision[]>([])
  const [round, setRound] = useState(0)
  const refresh = useCallback(() => setRound((count) => count + 1), [])
  const model = loaded && loaded.from === from ? loaded.model : null
  const error = failure && failure.from === from ? failure.message : null

  useEffect(() => {
    if (!from) return
    const controller = new AbortController()
    Promise.all([compareVersions(documentId, from, 'draft', controller.signal), listDecisions(documentId, controller.signal)]).then(
      ([loadedModel, loadedDecisions]) => {
        setLoaded({ from, model: loadedModel })
        setDecisions(loadedDecisions)
        setFailure(null)
      },
      (caught: unknown) => {
        if (!controller.signal.aborted) setFailure({ from, message: caught instanceof Error ? caught.message : String(caught) })
      },
    )
    return () => controller.abort()
  }, [documentId, from, round])

  useEffect(() => {
    if (!from) return
    let timer: ReturnType<typeof setTimeout> | null = null
    const handleUpdate = () => {
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(refresh, refreshDelayMs)
    }
    ydoc.on('update', handleUpdate)
    const poll = setInterval(() => {
      if (document.visibilityState !== 'visible') return
      listDecisions(documentId).then(
        (loaded) => setDecisions((current) => (current.length === loaded.length ? current : loaded)),
        () => undefined,
      )
    }, decisionPollMs)
    return () => {
      ydoc.off('update', handleUpdate)
      if (timer !== null) clearTimeout(timer)
      clearInterval(poll)
    }
  }, [documentId, from, ydoc, refresh])

  const index = useMemo(() => new DecisionIndex(decisions), [decisions])

  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    const shownModel = from ? model : null
    // Asked for every run on every remote edit: a set, not a search through the change list.
    const decided = new Set((shownModel?.changes ?? []).filter((change) => index.decisionOf(change)).map((change) => change.id))
    const update: TrackChangesUpdate = { model: shownModel, isOpen: (changeId) => !decided.has(changeId) }
    editor.view.dispatch(editor.state.tr.setMeta(trackChangesPluginKey, update).setMeta('addToHistory', false))
  }, [editor, from, model, index])

  const state: TrackedChangesState = !from ? { status: 'off' } : error && !model ? { status: 'error', message: error } : model ? { status: 'shown', model, decisions: index } : { status: 'loading' }
  return { state, refresh }
}
