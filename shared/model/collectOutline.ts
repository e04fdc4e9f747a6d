import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../schema/nodeNames'
import { computeNumbering } from '../schema/numbering/computeNumbering'
import { blockText } from './blockText'

export interface OutlineEntry {
  id: string | null
  kind: 'heading' | 'handlungsfeld' | 'teilziel' | 'massnahme'
  number: string | null
  title: string
  position: number
  depth: number
}

/** The table of contents: chapter headings, Handlungsfelder, and the Teilziele and Maßnahmen within them. */
export function collectOutline(doc: ProseMirrorNode): OutlineEntry[] {
  const numbering = computeNumbering(doc)
  const entries: OutlineEntry[] = []
  const visit = (parent: ProseMirrorNode, contentStart: number, depth: number) => {
    parent.forEach((node, offset) => {
      const position = contentStart + offset
      const id = (node.attrs['id'] as string | null | undefined) ?? null
      const number = numbering.get(position) ?? null
      switch (node.type.name) {
        case NodeName.heading:
          if ((node.attrs['level'] as number) <= 2) entries.push({ id, kind: 'heading', number, title: node.textContent, position, depth })
          break
        case NodeName.handlungsfeld: {
          const title = node.firstChild?.type.name === NodeName.handlungsfeldTitel ? node.firstChild.textContent : ''
          entries.push({ id, kind: 'handlungsfeld', number, title, position, depth })
          visit(node, position + 1, depth + 1)
          break
        }
        case NodeName.teilziel: {
          const goal = node.firstChild ? blockText(node.firstChild) : ''
          entries.push({ id, kind: 'teilziel', number: null, title: goal, position, depth })
          break
        }
        case NodeName.massnahme:
          entries.push({ id, kind: 'massnahme', number: (node.attrs['code'] as string) || null, title: node.firstChild ? blockText(node.firstChild) : '', position, depth })
          break
      }
    })
  }
  visit(doc, 0, 0)
  return entries
}
