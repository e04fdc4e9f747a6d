import { useMemo, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { PresentUser } from './PresentUser'
import { readPresentUsers } from './readPresentUsers'

const nobody: PresentUser[] = []
const subscribeToNothing = () => () => undefined
const readNobody = () => nobody

/**
 * Everyone in a document's awareness, re-rendering the caller only when a name, department or location
 * changes: cursor movements and the 15-second heartbeats leave the returned array as it was. Nobody
 * without an awareness.
 */
export function useAwarenessUsers(awareness: Awareness | null): PresentUser[] {
  const store = useMemo(() => (awareness ? createAwarenessUsersStore(awareness) : null), [awareness])
  return useSyncExternalStore(store?.subscribe ?? subscribeToNothing, store?.getSnapshot ?? readNobody)
}

function createAwarenessUsersStore(awareness: Awareness) {
  let snapshot: PresentUser[] = []
  let snapshotKey: string | null = null
  return {
    subscribe(listener: () => void) {
      awareness.on('change', listener)
      return () => awareness.off('change', listener)
    },
    getSnapshot(): PresentUser[] {
      const users = readPresentUsers(awareness)
      const key = JSON.stringify(users)
      if (key !== snapshotKey) {
        snapshot = users
        snapshotKey = key
      }
      return snapshot
    },
  }
}
