import * as Y from 'yjs'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'

/** Appends a paragraph with `text` to the document's content, as any Yjs client could. */
export function appendParagraph(ydoc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
}

/** The document's content as XML, for assertions on what a client holds. */
export function contentXml(ydoc: Y.Doc): string {
  return ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()
}
