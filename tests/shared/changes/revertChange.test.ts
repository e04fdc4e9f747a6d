import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { createRevertContext, revertChange, revertChanges, UnknownChangeError, type RevertibleChange } from '../../../shared/changes/revertChange'
import type { ItemRange } from '../../../shared/history/UpdateAttribution'
import { CONTENT_FRAGMENT, NodeName } from '../../../shared/schema/nodeNames'
import { yDocToConceptJson, yDocToConceptNode } from '../../../shared/yjs/conceptConversions'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { findNode } from '../../utils/findNode'
import { findTextblock } from '../../utils/findTextblock'
import { smallConceptJson } from '../../utils/smallConceptJson'
import type { SimulatedEditor } from '../../utils/createSimulatedEditor'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
}

/**
 * Edits as a second department, then rejects every change of the comparison in one decision (as the
 * review service does) and returns the document text before and after, and the changes left.
 */
function rejectEverything(edit: (editor: SimulatedEditor) => void) {
  const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
  const fassung = Y.snapshot(history.hub)
  const original = JSON.stringify(textOnly(yDocToConceptJson(history.hub)))
  const editor = history.client('jugend')
  edit(editor.editor)
  editor.push()
  const compare = () =>
    computeChangeModel({
      ydoc: history.hub,
      from: { snapshot: fassung, label: { id: 'a', label: 'AFS' } },
      to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
      attributions: history.index(users),
    })
  const model = compare()
  history.hub.transact(() => revertChanges(history.hub, model.changes, createRevertContext(history.hub, fassung)))
  return { changed: model.changes.length, original, after: JSON.stringify(textOnly(yDocToConceptJson(history.hub))), left: compare().changes }
}

/** The document without block ids: a restored block may carry its id again, but its text is what counts. */
function textOnly(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(textOnly)
  if (typeof node !== 'object' || node === null) return node
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'id').map(([key, value]) => [key, textOnly(value)]))
}

describe('rejecting changes', () => {
  it('removes inserted text and restores deleted text', () => {
    const result = rejectEverything((editor) =>
      editor.edit((tr) => {
        const target = findNode(tr.doc, (node) => node.isTextblock && node.textContent === 'Kinder mit Migrationshintergrund')
        tr.insertText(' und ihre Eltern', target.position + 1 + target.node.content.size)
        tr.delete(target.position + 1, target.position + 1 + 'Kinder '.length)
      }),
    )
    expect(result.changed).toBe(2)
    expect(result.after).toBe(result.original)
    expect(result.left).toEqual([])
  })

  it('restores two deleted Teilziele in one decision and removes an inserted Handlungsfeld', () => {
    const result = rejectEverything((editor) =>
      editor.edit((tr) => {
        for (const occurrence of [1, 0]) {
          const removed = findNode(tr.doc, (node) => node.type.name === NodeName.teilziel, occurrence)
          tr.delete(removed.position, removed.position + removed.node.nodeSize)
        }
        const schema = tr.doc.type.schema
        tr.insert(tr.doc.content.size, schema.nodes['handlungsfeld']!.create(null, [schema.nodes['handlungsfeldTitel']!.create(null, schema.text('Gesundheit'))]))
      }),
    )
    expect(result.changed).toBe(3)
    expect(result.after).toBe(result.original)
    expect(result.left).toEqual([])
  })

  it('sets a changed attribute back and moves a moved Teilziel back', () => {
    const result = rejectEverything((editor) =>
      editor.edit((tr) => {
        tr.setNodeAttribute(findNode(tr.doc, (node) => node.type.name === NodeName.massnahme).position, 'code', 'S2')
        const moved = findNode(tr.doc, (node) => node.type.name === NodeName.teilziel, 1)
        tr.delete(moved.position, moved.position + moved.node.nodeSize)
        tr.insert(findNode(tr.doc, (node) => node.type.name === NodeName.massnahme).position, moved.node)
      }),
    )
    expect(result.changed).toBe(2)
    expect(result.after).toBe(result.original)
    expect(result.left).toEqual([])
  })

  describe('changes named by their items alone', () => {
    /** The item ranges of the characters of `needle` as the document shows it now (or, deleted, as `snapshot` showed it). */
    const rangesOf = (ydoc: Y.Doc, needle: string, snapshot?: Y.Snapshot): ItemRange[] => {
      const found: ItemRange[] = []
      const visit = (type: Y.XmlFragment) => {
        for (let item = type._start; item !== null; item = item.right) {
          if (!(item.content instanceof Y.ContentType)) continue
          const child = item.content.type
          if (child instanceof Y.XmlElement) visit(child)
          if (!(child instanceof Y.XmlText) || found.length > 0) continue
          const chars: [number, number, string][] = []
          for (let piece = child._start; piece !== null; piece = piece.right) {
            const visible = snapshot ? Y.isDeleted(snapshot.ds, piece.id) === false && piece.id.clock < (snapshot.sv.get(piece.id.client) ?? 0) : !piece.deleted
            if (!visible || !(piece.content instanceof Y.ContentString)) continue
            for (let offset = 0; offset < piece.length; offset += 1) chars.push([piece.id.client, piece.id.clock + offset, piece.content.str[offset]!])
          }
          const at = chars.map((char) => char[2]).join('').indexOf(needle)
          if (at < 0) continue
          for (const [client, clock] of chars.slice(at, at + needle.length)) {
            const last = found.at(-1)
            if (last && last[0] === client && last[1] + last[2] === clock) last[2] += 1
            else found.push([client, clock, 1])
          }
        }
      }
      visit(ydoc.getXmlFragment(CONTENT_FRAGMENT))
      if (found.length === 0) throw new Error(`no text ${needle}`)
      return found
    }
    const marksOf = (history: ReturnType<typeof createRecordedHistory>, needle: string) => {
      const block = findTextblock(yDocToConceptNode(history.hub), needle).node
      let marks: string[] | null = null
      block.forEach((child) => {
        if (child.isText && child.text!.includes(needle)) marks = child.marks.map((mark) => mark.type.name)
      })
      return marks
    }
    const reject = (history: ReturnType<typeof createRecordedHistory>, fassung: Y.Snapshot, change: RevertibleChange) =>
      history.hub.transact(() => revertChange(history.hub, change, createRevertContext(history.hub, fassung)))

    it('takes back a mark that was added, and puts back one that was removed, on exactly the characters', () => {
      const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
      const editor = history.client('jugend')
      editor.editor.edit((tr) => {
        const target = findTextblock(tr.doc, 'Die Betreuung ist sichergestellt.')
        tr.addMark(target.textStart + 'Die '.length, target.textStart + 'Die Betreuung'.length, tr.doc.type.schema.marks['italic']!.create())
      })
      editor.push()
      const fassung = Y.snapshot(history.hub)
      editor.editor.edit((tr) => {
        const target = findTextblock(tr.doc, 'Die Betreuung ist sichergestellt.')
        tr.addMark(target.textStart, target.textStart + 'Die Betreuung ist'.length, tr.doc.type.schema.marks['bold']!.create())
        tr.removeMark(target.textStart, target.textStart + 'Die Betreuung'.length, tr.doc.type.schema.marks['italic']!)
      })
      editor.push()
      expect(marksOf(history, 'Betreuung')).toEqual(['bold'])
      reject(history, fassung, { id: 'f1', kind: 'format', ranges: rangesOf(history.hub, 'Die Betreuung ist'), format: { mark: 'bold', change: 'added', value: {} } })
      expect(marksOf(history, 'Betreuung')).toEqual([])
      expect(marksOf(history, ' ist sichergestellt.')).toEqual([])
      reject(history, fassung, { id: 'f2', kind: 'format', ranges: rangesOf(history.hub, 'Betreuung'), format: { mark: 'italic', change: 'removed', value: {} } })
      expect(marksOf(history, 'Betreuung')).toEqual(['italic'])
      expect(marksOf(history, 'Die ')).toEqual([])
    })

    it('puts a reordered Teilziel back before its sibling, and restores deleted text into the new copy of a moved block', () => {
      const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
      const original = JSON.stringify(textOnly(yDocToConceptJson(history.hub)))
      const fassung = Y.snapshot(history.hub)
      const olderItem = (history.hub.getXmlFragment(CONTENT_FRAGMENT).get(1) as Y.XmlElement).get(2) as Y.XmlElement
      const editor = history.client('jugend')
      editor.editor.edit((tr) => {
        const first = findNode(tr.doc, (node) => node.type.name === NodeName.teilziel, 0)
        tr.delete(first.position, first.position + first.node.nodeSize)
        const second = findNode(tr.doc, (node) => node.type.name === NodeName.teilziel, 0)
        tr.insert(second.position + second.node.nodeSize, first.node)
      })
      editor.editor.edit((tr) => {
        const target = findTextblock(tr.doc, 'Die Betreuung ist sichergestellt.')
        tr.delete(target.textStart + 'Die Betreuung'.length, target.textStart + 'Die Betreuung ist sichergestellt'.length)
      })
      editor.push()
      const newerItem = (history.hub.getXmlFragment(CONTENT_FRAGMENT).get(1) as Y.XmlElement).get(3) as Y.XmlElement
      const item = (element: Y.XmlElement): ItemRange => [element._item!.id.client, element._item!.id.clock, 1]
      reject(history, fassung, { id: 'r1', kind: 'reorder', ranges: [item(olderItem), item(newerItem)] })
      expect(JSON.stringify(textOnly(yDocToConceptJson(history.hub))).replace('Die Betreuung.', 'Die Betreuung ist sichergestellt.')).toBe(original)
      // The deleted words stood in the older copy; they go back into the block that stands there now.
      reject(history, fassung, { id: 'd1', kind: 'deletion', ranges: rangesOf(history.hub, ' ist sichergestellt', fassung).filter(([client]) => client === olderItem._item!.id.client) })
      expect(JSON.stringify(textOnly(yDocToConceptJson(history.hub)))).toBe(original)
    })

    it('never throws: not on items the document lacks, nor on changes already taken back', () => {
      const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
      const fassung = Y.snapshot(history.hub)
      const original = JSON.stringify(yDocToConceptJson(history.hub))
      for (const kind of ['insertion', 'deletion', 'attribute', 'move', 'reorder', 'format'] as const) {
        reject(history, fassung, { id: `x-${kind}`, kind, ranges: [[123_456, 0, 5]], format: { mark: 'bold', change: 'added', value: {} } })
      }
      const ranges = rangesOf(history.hub, 'Kitas')
      reject(history, fassung, { id: 'i1', kind: 'insertion', ranges })
      expect(JSON.stringify(yDocToConceptJson(history.hub))).not.toContain('"Kitas"')
      reject(history, fassung, { id: 'i1', kind: 'insertion', ranges })
      expect(() => reject(history, fassung, { id: 'nothing', kind: 'insertion', ranges: [] })).toThrow(UnknownChangeError)
      expect(original).toContain('Kitas')
    })
  })
})
