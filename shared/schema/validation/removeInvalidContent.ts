import * as Y from 'yjs'
import type { ContentInspection } from './inspectConceptContent'

/**
 * Removes from `ydoc` what an inspection of its current content found: skipped items are deleted with
 * everything below them, formatting of invalid marks is ended (the text keeps its characters), invalid
 * attributes are removed. In a gc-free document the deleted content stays in the history. The caller runs this
 * inside the transaction whose origin says who made the edit.
 */
export function removeInvalidContent(ydoc: Y.Doc, inspection: ContentInspection): void {
  ydoc.transact((transaction) => {
    for (const { text, key } of inspection.invalidMarks) text.format(0, text.length, { [key]: null })
    for (const { type, key } of inspection.invalidAttributes) {
      const entry = type._map.get(key)
      if (entry) deleteWithDescendants(entry, transaction)
    }
    for (const item of inspection.skippedItems) deleteWithDescendants(item, transaction)
  })
}

/** Deletes an item and everything below it, deepest first: Yjs deletes a type's children recursively, which a deep tree would turn into a stack overflow. */
function deleteWithDescendants(root: Y.Item, transaction: Y.Transaction) {
  const items = [root]
  for (let index = 0; index < items.length; index += 1) {
    const content = items[index]!.content
    if (!(content instanceof Y.ContentType)) continue
    for (let child = content.type._start; child !== null; child = child.right) if (!child.deleted) items.push(child)
    for (const entry of content.type._map.values()) if (!entry.deleted) items.push(entry)
  }
  for (let index = items.length - 1; index >= 0; index -= 1) if (!items[index]!.deleted) items[index]!.delete(transaction)
}
