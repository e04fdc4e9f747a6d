import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { conceptToExportBlocks } from '../../../shared/export/conceptToExportBlocks'
import type { ExportBlock } from '../../../shared/export/ExportDocument'
import { importDocxConcept } from '../../../shared/import/docx/importDocxConcept'
import { renderDocx } from '../../../server/export/renderDocx'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { NodeName } from '../../../shared/schema/nodeNames'
import { labelledFieldLabel } from '../../../shared/schema/nodes/labelledField/labelledFieldLabel'
import { importFixture } from './importFixture'

/** The label each field of `type` shows, in document order. */
function labelsOf(doc: ProseMirrorNode, type: string): string[] {
  const labels: string[] = []
  doc.descendants((node) => {
    if (node.type.name === type) labels.push(labelledFieldLabel(type, node.attrs) ?? '')
    return true
  })
  return labels
}

/** The bold label cells of the field tables and the "…:" label paragraphs, in document order. */
function exportedLabels(blocks: readonly ExportBlock[]): string[] {
  const labels: string[] = []
  for (const block of blocks) {
    if (block.type === 'paragraph' && block.style === 'label') labels.push(block.runs.map((run) => run.text).join(''))
    if (block.type === 'table' && block.role === 'fields') {
      for (const row of block.rows) {
        const first = row.cells[0]?.blocks[0]
        if (first?.type === 'paragraph') labels.push(first.runs.map((run) => run.text).join(''))
      }
    }
  }
  return labels
}

describe('field labels in the document’s own words', () => {
  const rendsburg = importFixture('rendsburg-eckernfoerde-beschlussvorlage.txt')
  // The oracle: label lines of the source text, read with a plain pattern of this test.
  const sourceWording = (start: string) => [...new Set(rendsburg.text.split('\n').flatMap((line) => (line.startsWith(start) ? [new RegExp(`^${start}(?: des Kreises)?`).exec(line)![0]] : [])))]

  it('keeps the wording of a Teilziel table’s labels from a text import (seed 003)', () => {
    expect(sourceWording('Möglichkeiten und Aufgaben')).toEqual(['Möglichkeiten und Aufgaben des Kreises'])
    expect(sourceWording('Beispielhafte Aktivitäten')).toEqual(['Beispielhafte Aktivitäten des Kreises'])
    const aufgaben = labelsOf(rendsburg.node, NodeName.teilzielAufgaben)
    expect(aufgaben).toHaveLength(21)
    expect(new Set(aufgaben)).toEqual(new Set(['Möglichkeiten und Aufgaben des Kreises']))
    expect(new Set(labelsOf(rendsburg.node, NodeName.teilzielAktivitaeten))).toEqual(new Set(['Beispielhafte Aktivitäten des Kreises']))
    expect(new Set(labelsOf(rendsburg.node, NodeName.teilzielZielgruppe))).toEqual(new Set(['Zielgruppe']))
  })

  it('names a mind map’s goal sentences "Strategisches Ziel" as the source does (seed 002)', () => {
    const vechta = importFixture('vechta-mindmap.txt')
    expect(vechta.text).toContain('Strategisches Ziel 1:')
    const labels = labelsOf(vechta.node, NodeName.oberziel)
    expect(labels).toHaveLength(7)
    expect(new Set(labels)).toEqual(new Set(['Strategisches Ziel']))
    const exported = exportedLabels(conceptToExportBlocks(vechta.node).blocks)
    expect(exported.filter((label) => label === 'Strategisches Ziel:')).toHaveLength(7)
    expect(exported).not.toContain('Oberziel:')
  })

  it('exports the labels as stored, an editor’s own label included, and a DOCX import reads them back', async () => {
    // An editor renames the Zielgruppe label of the first Teilziel.
    let position = -1
    rendsburg.node.descendants((node, pos) => {
      if (position < 0 && node.type.name === NodeName.teilzielZielgruppe) position = pos
      return position < 0
    })
    const state = EditorState.create({ doc: rendsburg.node })
    const edited = state.apply(state.tr.setNodeAttribute(position, 'label', 'Zielgruppen des Kreises')).doc

    const labels = exportedLabels(conceptToExportBlocks(edited).blocks)
    expect(labels.filter((label) => label === 'Möglichkeiten und Aufgaben des Kreises')).toHaveLength(21)
    expect(labels).not.toContain('Möglichkeiten und Aufgaben')
    expect(labels.filter((label) => label === 'Zielgruppen des Kreises')).toHaveLength(1)

    const { blocks } = conceptToExportBlocks(edited)
    const docx = await renderDocx({ title: 'Integrationskonzept', subject: 'Integrationskonzept', footer: '', orientation: 'portrait', blocks })
    const imported = await importDocxConcept(docx)
    const node = getConceptSchema().nodeFromJSON(imported.doc)
    expect(new Set(labelsOf(node, NodeName.teilzielAufgaben))).toEqual(new Set(['Möglichkeiten und Aufgaben des Kreises']))
    expect(labelsOf(node, NodeName.teilzielAufgaben)).toHaveLength(21)
    expect(labelsOf(node, NodeName.teilzielZielgruppe).filter((label) => label === 'Zielgruppen des Kreises')).toHaveLength(1)
  })
})
