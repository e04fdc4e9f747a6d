import * as Y from 'yjs'

/** The first Y.XmlText under `parent` whose text contains `needle`, depth first; null if there is none. */
export function findXmlText(parent: Y.XmlFragment | Y.XmlElement, needle: string): Y.XmlText | null {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      if (child.toString().includes(needle)) return child
    } else if (child instanceof Y.XmlElement) {
      const found = findXmlText(child, needle)
      if (found) return found
    }
  }
  return null
}
