import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { BlockHandle } from '../../blockActions/BlockHandle'
import { readNumberingSpec } from '../../numbering/readNumberingSpec'

/** A Handlungsfeld as a document section: its derived number floats before the title. */
export function HandlungsfeldView({ decorations, editor, getPos }: ReactNodeViewProps) {
  const { number, depth = 0 } = readNumberingSpec(decorations)
  return (
    <NodeViewWrapper as="section" className={depth > 0 ? 'handlungsfeld handlungsfeld--nested' : 'handlungsfeld'} data-depth={depth} data-movable-block="" data-testid="handlungsfeld">
      <span className="handlungsfeld-handle" contentEditable={false}>
        <BlockHandle editor={editor} getPos={getPos} label={number ? `Handlungsfeld ${number}` : 'Handlungsfeld'} />
      </span>
      {number ? (
        <span className="handlungsfeld-number" contentEditable={false} data-testid="handlungsfeld-number">
          {number}
        </span>
      ) : null}
      <NodeViewContent className="handlungsfeld-content" />
    </NodeViewWrapper>
  )
}
