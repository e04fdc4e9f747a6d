import type { BenchClient } from './BenchClient'
import { sumStateClocks } from './sumStateClocks'

/**
 * Resolves once the client's document holds at least `expectedClockTotal` items. A provider may report
 * "synced" before the server has loaded the stored document (y-websocket-server binds its persistence
 * asynchronously), so "the content has arrived" is judged by the document itself.
 */
export function waitForContent(client: BenchClient, expectedClockTotal: number, timeoutMs: number): Promise<void> {
  if (sumStateClocks(client) >= expectedClockTotal) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onUpdate = () => {
      if (sumStateClocks(client) < expectedClockTotal) return
      clearTimeout(timer)
      client.ydoc.off('update', onUpdate)
      resolve()
    }
    const timer = setTimeout(() => {
      client.ydoc.off('update', onUpdate)
      reject(new Error(`document content did not arrive within ${timeoutMs} ms (${sumStateClocks(client)} of ${expectedClockTotal} items)`))
    }, timeoutMs)
    client.ydoc.on('update', onUpdate)
  })
}
