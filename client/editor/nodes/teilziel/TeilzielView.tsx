import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { readNumberingSpec } from '../../numbering/readNumberingSpec'
import { formatTeilzielHeading } from './formatTeilzielHeading'

/** A Teilziel as a card: its derived heading above the five labelled fields. */
export function TeilzielView({ decorations }: ReactNodeViewProps) {
  const heading = formatTeilzielHeading(readNumberingSpec(decorations))
  return (
    <NodeViewWrapper as="section" className="teilziel-card" role="group" aria-label={heading} data-testid="teilziel">
      <div className="teilziel-card-header" contentEditable={false} aria-hidden="true">
        {heading}
      </div>
      <NodeViewContent className="teilziel-card-fields" />
    </NodeViewWrapper>
  )
}
