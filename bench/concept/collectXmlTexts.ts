import * as Y from 'yjs'

/** Every Y.XmlText under `parent`, in document order. */
export function collectXmlTexts(parent: Y.XmlFragment | Y.XmlElement, into: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) into.push(child)
    else if (child instanceof Y.XmlElement) collectXmlTexts(child, into)
  }
  return into
}
