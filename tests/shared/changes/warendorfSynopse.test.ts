import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ChangeBlock } from '../../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { buildSynopseRows } from '../../../shared/changes/buildSynopseRows'
import { editTowardsNewerFassung, synopseBlocksToJson } from '../../utils/buildSynopseFassungen'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { readWarendorfSynopse } from '../../utils/readWarendorfSynopse'
import { warendorfNewPassages } from '../../utils/warendorfNewPassages'

const newInRat = warendorfNewPassages

const users = {
  afs: { name: 'Geschäftsstelle AFS', department: 'Ausschuss für Familie und Soziales (AFS)' },
  rat: { name: 'Ratsbüro', department: 'Rat' },
}

function insertedPassages(blocks: readonly ChangeBlock[]): string[] {
  return blocks.flatMap((block) => [...block.runs.filter((run) => run.status === 'inserted').map((run) => run.text.trim()), ...insertedPassages(block.children)])
}

describe('the Synopse of seed 004 (Kreis Warendorf, AFS → Rat)', () => {
  it('marks exactly the passages that are new in the Rat’s Fassung, attributed to the Rat, and nothing else', () => {
    const rows = readWarendorfSynopse()
    const history = createRecordedHistory(synopseBlocksToJson(rows.flatMap((row) => row.afs)), 'afs')
    const afs = Y.snapshot(history.hub)
    const rat = history.client('rat')
    rat.editor.edit((tr) => editTowardsNewerFassung(tr, rows))
    rat.push()

    const model = computeChangeModel({
      ydoc: history.hub,
      from: { snapshot: afs, label: { id: 'afs', label: 'i.d.F. vom 21.03.2019 (AFS)' } },
      to: { snapshot: Y.snapshot(history.hub), label: { id: 'rat', label: 'i.d.F. vom 27.05.2019 (Rat)' } },
      attributions: history.index(users),
    })

    // The edit reproduced the Rat's text exactly.
    const ratText = rows.flatMap((row) => row.rat).map((block) => block.text)
    expect(rat.editor.read().content.content.flatMap((node) => (node.isTextblock ? [node.textContent] : node.content.content.map((item) => item.textContent)))).toEqual(ratText)

    const passages = insertedPassages(model.blocks)
    expect(passages).toHaveLength(newInRat.length)
    passages.forEach((passage, index) => {
      expect(passage.startsWith(newInRat[index]!.start), passage).toBe(true)
      expect(passage.endsWith(newInRat[index]!.end), passage).toBe(true)
    })
    // Nothing of the AFS Fassung is marked, nothing is deleted, and every change is the Rat's.
    const afsSentences = rows.flatMap((row) => row.afs).map((block) => block.text)
    for (const passage of passages) for (const sentence of afsSentences) expect(passage.includes(sentence)).toBe(false)
    expect(model.changes.every((change) => change.kind === 'insertion' && change.author?.department === 'Rat')).toBe(true)

    // The Synopse aligns both columns block by block: left AFS without insertions, right Rat with them.
    const synopse = buildSynopseRows(model)
    const cellText = (cell: NonNullable<(typeof synopse)[number]['left']>) => cell.lines.map((line) => line.runs.map((run) => run.text).join('')).join('\n')
    const left = synopse.flatMap((row) => (row.left ? [cellText(row.left)] : []))
    const right = synopse.flatMap((row) => (row.right ? [cellText(row.right)] : []))
    expect(left).toEqual(afsSentences)
    expect(right).toEqual(ratText)
    expect(synopse.filter((row) => row.left && row.right && row.changed)).toHaveLength(1)
  })
})
