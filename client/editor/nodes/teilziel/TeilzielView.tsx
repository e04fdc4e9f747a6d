import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { BlockHandle } from '../../blockActions/BlockHandle'
import { readNumberingSpec } from '../../numbering/readNumberingSpec'
import { formatTeilzielHeading } from './formatTeilzielHeading'

/** A Teilziel as a card: its derived heading above the five labelled fields. */
export function TeilzielView({ decorations, editor, getPos }: ReactNodeViewProps) {
  const heading = formatTeilzielHeading(readNumberingSpec(decorations))
  return (
    <NodeViewWrapper as="section" className="teilziel-card" role="group" aria-label={heading} data-movable-block="" data-testid="teilziel">
      <div className="teilziel-card-header" contentEditable={false}>
        <BlockHandle editor={editor} getPos={getPos} label={heading} />
        <span aria-hidden="true">{heading}</span>
      </div>
      <NodeViewContent className="teilziel-card-fields" />
    </NodeViewWrapper>
  )
}
