import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import type { TeilzielFieldName } from '../../schema/nodes/teilziel/teilzielFieldDefinitions'
import { massnahmeJson } from '../json/massnahmeJson'
import { oberzielJson } from '../json/oberzielJson'
import { teilzielJson } from '../json/teilzielJson'
import type { DocxBlock } from './DocxBlock'
import { fieldBlocksJson } from './fieldBlocksJson'
import type { FieldLabel } from './matchFieldLabel'

type OpenBlock =
  | { kind: 'teilziel'; fields: Map<TeilzielFieldName, DocxBlock[]>; labels: Partial<Record<TeilzielFieldName, string>> }
  | { kind: 'massnahme'; code: string; text: DocxBlock[]; verantwortliche: DocxBlock[]; zeitraum: string; status: string }

/**
 * Collects labelled fields (from table rows or label paragraphs) into Teilziel, Oberziel and Maßnahme
 * blocks. A "Teilziel" label starts a new Teilziel, "Maßnahme <Code>" a new Maßnahme; other labels fill the
 * open block. `add` says whether the label belonged to a block; if not, the caller keeps the text as it is.
 */
export class ConceptBlockBuilder {
  readonly output: JSONContent[] = []
  private open: OpenBlock | null = null

  add(label: FieldLabel, content: readonly DocxBlock[], inlineText = ''): boolean {
    if (label.kind === 'massnahme') {
      this.flush()
      this.open = { kind: 'massnahme', code: label.code, text: [...content], verantwortliche: [], zeitraum: '', status: '' }
      return true
    }
    if (label.kind === 'zeitraum' || label.kind === 'status') {
      if (this.open?.kind !== 'massnahme') return false
      this.open[label.kind] = inlineText
      return true
    }
    if (label.label === NodeName.oberziel) {
      this.flush()
      this.output.push(oberzielJson(fieldBlocksJson(content), label.wording))
      return true
    }
    if (label.label === NodeName.teilzielZiel) {
      this.flush()
      this.open = { kind: 'teilziel', fields: new Map([[NodeName.teilzielZiel, [...content]]]), labels: label.wording ? { [NodeName.teilzielZiel]: label.wording } : {} }
      return true
    }
    if (this.open?.kind === 'massnahme' && label.label === NodeName.teilzielVerantwortliche) {
      this.open.verantwortliche.push(...content)
      return true
    }
    if (this.open?.kind !== 'teilziel') return false
    this.open.fields.set(label.label, [...(this.open.fields.get(label.label) ?? []), ...content])
    if (label.wording) this.open.labels[label.label] ??= label.wording
    return true
  }

  /**
   * Appends text to a field of the open Teilziel (text under a label paragraph); false if none is open.
   * `wording`: the label as the document words it, kept for the field.
   */
  appendToTeilziel(field: TeilzielFieldName, content: readonly DocxBlock[], wording?: string): boolean {
    if (this.open?.kind !== 'teilziel') return false
    this.open.fields.set(field, [...(this.open.fields.get(field) ?? []), ...content])
    if (wording) this.open.labels[field] ??= wording
    return true
  }

  /** True if the open Teilziel already has this field (so a repeated label starts something else). */
  hasField(field: TeilzielFieldName): boolean {
    return this.open?.kind === 'teilziel' && this.open.fields.has(field)
  }

  get isOpen(): boolean {
    return this.open !== null
  }

  flush() {
    const open = this.open
    this.open = null
    if (!open) return
    if (open.kind === 'massnahme') {
      const json = massnahmeJson({ code: open.code, text: fieldBlocksJson(open.text), verantwortliche: fieldBlocksJson(open.verantwortliche) })
      json.attrs = { ...json.attrs, zeitraum: open.zeitraum, status: open.status }
      this.output.push(json)
      return
    }
    const fields: Partial<Record<TeilzielFieldName, JSONContent[]>> = {}
    for (const [name, blocks] of open.fields) fields[name] = fieldBlocksJson(blocks, { asList: name === NodeName.teilzielAktivitaeten })
    this.output.push(teilzielJson(fields, open.labels))
  }
}
