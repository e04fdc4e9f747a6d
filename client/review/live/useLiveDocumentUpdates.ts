import { useEffect, useEffectEvent, useState } from 'react'
import { WebsocketProvider } from 'y-websocket'
import { CloseCode, closeCodeMessages, type CloseCodeValue } from '../../../shared/collab/closeCodes'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { collaborationServerUrl } from '../../editor/collaboration/collaborationServerUrl'
import type { LiveUpdateState } from './LiveUpdateState'

const maxWaitMs = 5000

const finalCloseCodes: ReadonlySet<number> = new Set([CloseCode.malformedMessage, CloseCode.unauthorized, CloseCode.forbidden, CloseCode.documentNotFound])

/**
 * Follows the live document while `enabled`: a read-only websocket connection to the collaboration server
 * (no awareness state, so nobody sees this page as a participant) that calls `onChange` once the document
 * has been quiet for `delayMs` after an edit by anyone (at the latest five seconds after
 * the first unseen edit).
 */
export function useLiveDocumentUpdates(documentId: string, enabled: boolean, onChange: () => void, delayMs = 1000): LiveUpdateState {
  const [state, setState] = useState<LiveUpdateState>({ status: 'connecting' })
  const handleChange = useEffectEvent(onChange)

  useEffect(() => {
    if (!enabled) return
    const ydoc = createConceptYDoc()
    const provider = new WebsocketProvider(collaborationServerUrl(), documentId, ydoc, {
      connect: false,
      disableBc: true,
      shouldReconnect: (event) => !finalCloseCodes.has(event.code),
    })
    provider.awareness.setLocalState(null)
    let timer: ReturnType<typeof setTimeout> | null = null
    let firstPendingAt = 0
    let synced = false
    // Debounced, but someone typing without a pause still sees the comparison catch up every few seconds.
    const schedule = () => {
      if (timer === null) firstPendingAt = Date.now()
      else clearTimeout(timer)
      timer = setTimeout(
        () => {
          timer = null
          handleChange()
        },
        Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - Date.now())),
      )
    }
    // Edits made between loading the comparison and this sync (or while disconnected) would otherwise go unseen.
    const handleSync = (isSynced: boolean) => {
      if (!isSynced) return
      synced = true
      schedule()
      setState({ status: 'live' })
    }
    const handleUpdate = (_update: Uint8Array, origin: unknown) => {
      if (synced && origin === provider) schedule()
    }
    const handleStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
      if (status !== 'connected') setState((current) => (current.status === 'offline' ? current : { status: 'connecting' }))
    }
    const handleClosed = ({ code, reason }: { code: number; reason: string }) => {
      if (finalCloseCodes.has(code)) setState({ status: 'offline', reason: closeCodeMessages[code as CloseCodeValue] ?? (reason || null) })
    }
    provider.on('sync', handleSync)
    provider.on('status', handleStatus)
    provider.on('closed', handleClosed)
    ydoc.on('update', handleUpdate)
    provider.connect()
    return () => {
      if (timer !== null) clearTimeout(timer)
      provider.off('sync', handleSync)
      provider.off('status', handleStatus)
      provider.off('closed', handleClosed)
      ydoc.off('update', handleUpdate)
      provider.destroy()
      ydoc.destroy()
    }
  }, [documentId, enabled, delayMs])

  return enabled ? state : { status: 'off' }
}
