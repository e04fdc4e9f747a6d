import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { readNumberingSpec } from '../../numbering/readNumberingSpec'

/** A Handlungsfeld as a document section: its derived number floats before the title. */
export function HandlungsfeldView({ decorations }: ReactNodeViewProps) {
  const { number, depth = 0 } = readNumberingSpec(decorations)
  return (
    <NodeViewWrapper as="section" className={depth > 0 ? 'handlungsfeld handlungsfeld--nested' : 'handlungsfeld'} data-depth={depth} data-testid="handlungsfeld">
      {number ? (
        <span className="handlungsfeld-number" contentEditable={false} data-testid="handlungsfeld-number">
          {number}
        </span>
      ) : null}
      <NodeViewContent className="handlungsfeld-content" />
    </NodeViewWrapper>
  )
}
