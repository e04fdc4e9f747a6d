import * as Y from 'yjs'
import { createBlockId } from '../../shared/schema/blockId/createBlockId'
import { CONTENT_FRAGMENT, NodeName } from '../../shared/schema/nodeNames'
import { maxNestingDepth } from '../../shared/schema/validation/maxNestingDepth'

/** What an older server version accepted and stored although the shared schema does not allow it. */
export const invalidContentKinds = ['raw values in the content', 'raw values inside a paragraph', 'an unknown node', 'a misplaced node', 'an unknown mark', 'deep nesting', 'attributes of the wrong type'] as const

export type InvalidContentKind = (typeof invalidContentKinds)[number]

/** Text of the paragraph that gets an unknown mark: it must survive whole. */
export const markedParagraphText = 'Die Betreuung ist sichergestellt.'

/** Title of the outermost of the deeply nested Handlungsfelder: it stands within the depth limit, so it stays. */
export const nestedHandlungsfeldTitle = 'Ebene 1'

/** Text of the invalid content itself: it must not reach any reader. */
export const invalidText = 'Ungültiger Inhalt'

const nestingDepth = 3000

/**
 * Writes invalid content of one kind into a document holding the small sample concept, with the plain Yjs
 * API, as any Yjs client could. Returns nothing: the caller encodes the change as an update.
 */
export function writeInvalidContent(ydoc: Y.Doc, kind: InvalidContentKind): void {
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
  ydoc.transact(() => {
    switch (kind) {
      case 'raw values in the content':
        fragment.insert(1, [42, { text: invalidText }, new Uint8Array([1, 2, 3]), new Y.Map()] as unknown as Y.XmlElement[])
        return
      case 'raw values inside a paragraph': {
        const paragraph = findElement(fragment, (element) => element.nodeName === NodeName.paragraph && textOf(element).startsWith('Alle Kinder'))
        paragraph.insert(1, [invalidText] as unknown as Y.XmlElement[])
        ;(paragraph.get(0) as Y.XmlText).insertEmbed(4, { image: invalidText })
        return
      }
      case 'an unknown node': {
        const script = new Y.XmlElement('script')
        fragment.insert(1, [script])
        const paragraph = new Y.XmlElement(NodeName.paragraph)
        script.insert(0, [paragraph])
        paragraph.insert(0, [new Y.XmlText(invalidText)])
        return
      }
      case 'a misplaced node': {
        const paragraph = findElement(fragment, (element) => element.nodeName === NodeName.paragraph && textOf(element).startsWith('Alle Kinder'))
        const massnahme = new Y.XmlElement(NodeName.massnahme)
        paragraph.insert(1, [massnahme])
        const text = new Y.XmlElement(NodeName.massnahmeText)
        massnahme.insert(0, [text])
        const inner = new Y.XmlElement(NodeName.paragraph)
        text.insert(0, [inner])
        inner.insert(0, [new Y.XmlText(invalidText)])
        return
      }
      case 'an unknown mark': {
        const paragraph = findElement(fragment, (element) => element.nodeName === NodeName.paragraph && textOf(element) === markedParagraphText)
        ;(paragraph.get(0) as Y.XmlText).format(4, 8, { blink: {} })
        return
      }
      case 'deep nesting': {
        let parent: Y.XmlFragment = fragment
        for (let level = 1; level <= nestingDepth; level += 1) {
          const handlungsfeld = new Y.XmlElement(NodeName.handlungsfeld)
          parent.insert(parent.length, [handlungsfeld])
          handlungsfeld.setAttribute('id', createBlockId())
          const title = new Y.XmlElement(NodeName.handlungsfeldTitel)
          handlungsfeld.insert(0, [title])
          title.setAttribute('id', createBlockId())
          title.insert(0, [new Y.XmlText(level > maxNestingDepth ? `${invalidText} ${level}` : `Ebene ${level}`)])
          parent = handlungsfeld
        }
        return
      }
      case 'attributes of the wrong type': {
        const massnahme = findElement(fragment, (element) => element.nodeName === NodeName.massnahme)
        massnahme.setAttribute('code', 42 as unknown as string)
        massnahme.setAttribute('zeitraum', { toString: 1 } as unknown as string)
        massnahme.setAttribute('status', [invalidText] as unknown as string)
        const heading = findElement(fragment, (element) => element.nodeName === NodeName.heading)
        heading.setAttribute('level', 'eins')
      }
    }
  })
}

function findElement(parent: Y.XmlFragment, predicate: (element: Y.XmlElement) => boolean): Y.XmlElement {
  const found = findElementOrNull(parent, predicate)
  if (!found) throw new Error('element not found')
  return found
}

function findElementOrNull(parent: Y.XmlFragment, predicate: (element: Y.XmlElement) => boolean): Y.XmlElement | null {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue
    if (predicate(child)) return child
    const found = findElementOrNull(child, predicate)
    if (found) return found
  }
  return null
}

function textOf(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? (child.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('') : ''))
    .join('')
}
