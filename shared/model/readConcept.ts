import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../schema/nodeNames'
import { computeNumbering } from '../schema/numbering/computeNumbering'
import { teilzielFieldNames, type TeilzielFieldName } from '../schema/nodes/teilziel/teilzielFieldDefinitions'
import { blockText } from './blockText'

export interface TeilzielReading {
  id: string | null
  fields: Record<TeilzielFieldName, string>
}

export interface MassnahmeReading {
  id: string | null
  code: string
  zeitraum: string
  status: string
  text: string
  verantwortliche: string
}

export interface HandlungsfeldReading {
  id: string | null
  number: string
  title: string
  oberziele: string[]
  teilziele: TeilzielReading[]
  massnahmen: MassnahmeReading[]
  children: HandlungsfeldReading[]
}

/** The concept's structure as plain data: Handlungsfelder with their Oberziele, Teilziele and Maßnahmen. */
export function readConcept(doc: ProseMirrorNode): { handlungsfelder: HandlungsfeldReading[] } {
  const numbering = computeNumbering(doc)
  const handlungsfelder: HandlungsfeldReading[] = []
  doc.forEach((node, offset) => {
    if (node.type.name === NodeName.handlungsfeld) handlungsfelder.push(readHandlungsfeld(node, offset, numbering))
  })
  return { handlungsfelder }
}

function readHandlungsfeld(node: ProseMirrorNode, position: number, numbering: Map<number, string>): HandlungsfeldReading {
  const reading: HandlungsfeldReading = {
    id: (node.attrs['id'] as string | null) ?? null,
    number: numbering.get(position) ?? '',
    title: '',
    oberziele: [],
    teilziele: [],
    massnahmen: [],
    children: [],
  }
  node.forEach((child, offset) => {
    switch (child.type.name) {
      case NodeName.handlungsfeldTitel:
        reading.title ||= child.textContent
        break
      case NodeName.oberziel:
        reading.oberziele.push(blockText(child))
        break
      case NodeName.teilziel:
        reading.teilziele.push(readTeilziel(child))
        break
      case NodeName.massnahme:
        reading.massnahmen.push(readMassnahme(child))
        break
      case NodeName.handlungsfeld:
        reading.children.push(readHandlungsfeld(child, position + 1 + offset, numbering))
        break
    }
  })
  return reading
}

/** A Teilziel's field texts; duplicated fields left by concurrent edits are read together, in order. */
export function readTeilziel(node: ProseMirrorNode): TeilzielReading {
  const fields = Object.fromEntries(teilzielFieldNames.map((name) => [name, ''])) as Record<TeilzielFieldName, string>
  node.forEach((field) => {
    const name = field.type.name as TeilzielFieldName
    if (!(name in fields)) return
    const text = blockText(field)
    fields[name] = fields[name] ? `${fields[name]}\n${text}` : text
  })
  return { id: (node.attrs['id'] as string | null) ?? null, fields }
}

function readMassnahme(node: ProseMirrorNode): MassnahmeReading {
  let text = ''
  let verantwortliche = ''
  node.forEach((field) => {
    if (field.type.name === NodeName.massnahmeText) text += blockText(field)
    if (field.type.name === NodeName.massnahmeVerantwortliche) verantwortliche += blockText(field)
  })
  return {
    id: (node.attrs['id'] as string | null) ?? null,
    code: String(node.attrs['code'] ?? ''),
    zeitraum: String(node.attrs['zeitraum'] ?? ''),
    status: String(node.attrs['status'] ?? ''),
    text,
    verantwortliche,
  }
}

/** Every Teilziel of the document, wherever it stands. */
export function collectTeilziele(doc: ProseMirrorNode): TeilzielReading[] {
  const teilziele: TeilzielReading[] = []
  doc.descendants((node) => {
    if (node.type.name === NodeName.teilziel) {
      teilziele.push(readTeilziel(node))
      return false
    }
    return !node.isTextblock
  })
  return teilziele
}
