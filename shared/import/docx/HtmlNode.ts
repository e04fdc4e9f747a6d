export interface HtmlElement {
  tag: string
  attributes: Record<string, string>
  children: HtmlNode[]
}

export interface HtmlText {
  text: string
}

/** A node of the small HTML tree the DOCX import reads mammoth's output into. */
export type HtmlNode = HtmlElement | HtmlText

export function isHtmlElement(node: HtmlNode): node is HtmlElement {
  return 'tag' in node
}
