import type { BenchClient } from '../load/BenchClient'
import { collectXmlTexts } from '../concept/collectXmlTexts'

/**
 * Edits as a committee's revision would: a phrase added to every 20th paragraph, a few words cut from
 * every 45th, all in one transaction (so one update carries inserts and deletions together).
 * Returns how many paragraphs were changed.
 */
export function reviseDocument(client: BenchClient): number {
  const texts = collectXmlTexts(client.ydoc.getXmlFragment('default'))
  let edited = 0
  client.ydoc.transact(() => {
    texts.forEach((text, index) => {
      if (index % 20 === 0 && text.length > 0) {
        text.insert(text.length, ' (in der Fassung des Ausschusses überarbeitet)')
        edited++
      } else if (index % 45 === 7 && text.length > 40) {
        text.delete(Math.floor(text.length / 2), 12)
        edited++
      }
    })
  })
  return edited
}
