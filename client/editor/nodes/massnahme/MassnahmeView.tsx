import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useId, type ChangeEvent, type KeyboardEvent } from 'react'
import type { MassnahmeAttributes } from '../../../../shared/schema/nodes/massnahme/Massnahme'
import { massnahmeStatusValues } from '../../../../shared/schema/nodes/massnahme/massnahmeFieldDefinitions'
import { BlockHandle } from '../../blockActions/BlockHandle'
import { isReadOnlyEditor } from '../../collaboration/isReadOnlyEditor'
import { moveToAdjacentFieldStop } from '../../fieldNavigation/moveToAdjacentFieldStop'
import { focusOutsideEditor } from '../../focusOutsideEditor'
import { massnahmeStatusLabels } from './massnahmeStatusLabels'
import { MassnahmeTextInput } from './MassnahmeTextInput'

/** A Maßnahme as a card: Kürzel, Zeitraum and Status in its header, the text fields below. */
export function MassnahmeView({ node, editor, getPos }: ReactNodeViewProps) {
  const statusId = useId()
  const code = String(node.attrs['code'] ?? '')
  const zeitraum = String(node.attrs['zeitraum'] ?? '')
  const status = String(node.attrs['status'] ?? '')
  const readOnly = isReadOnlyEditor(editor)
  const knownStatus = (massnahmeStatusValues as readonly string[]).includes(status)

  const update = (attributes: Partial<MassnahmeAttributes>) => {
    const position = getPos()
    if (typeof position === 'number') editor.commands.updateMassnahme(position, attributes)
  }

  const handleStatusChange = (event: ChangeEvent<HTMLSelectElement>) => update({ status: event.target.value })

  // Tab past the last control goes on into the Maßnahme text, Shift+Tab before the first back to the previous
  // field; only controls that can take the focus count (a reader's status menu is disabled).
  const handleHeaderKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab') return
    const controls = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-field-control]')).filter((control) => !control.matches(':disabled'))
    const leavesHeader = event.shiftKey ? event.target === controls[0] : event.target === controls[controls.length - 1]
    const position = getPos()
    if (!leavesHeader || typeof position !== 'number') return
    event.preventDefault()
    const direction = event.shiftKey ? 'backward' : 'forward'
    if (!moveToAdjacentFieldStop(editor, { kind: 'massnahmeControls', position }, direction)) focusOutsideEditor(editor, direction)
  }

  return (
    <NodeViewWrapper as="section" className="massnahme-card" role="group" aria-label={code ? `Maßnahme ${code}` : 'Maßnahme'} data-movable-block="" data-testid="massnahme">
      <div className="massnahme-card-header" contentEditable={false} onKeyDown={handleHeaderKeyDown}>
        <BlockHandle editor={editor} getPos={getPos} label={code ? `Maßnahme ${code}` : 'Maßnahme'} />
        <span className="massnahme-card-title" aria-hidden="true">
          Maßnahme
        </span>
        <MassnahmeTextInput label="Kürzel" value={code} onCommit={(value) => update({ code: value })} testId="massnahme-code" className="massnahme-control--code" readOnly={readOnly} />
        <MassnahmeTextInput label="Zeitraum" value={zeitraum} onCommit={(value) => update({ zeitraum: value })} testId="massnahme-zeitraum" className="massnahme-control--zeitraum" readOnly={readOnly} />
        <div className="massnahme-control massnahme-control--status">
          <label htmlFor={statusId}>Status</label>
          <select id={statusId} value={status} onChange={handleStatusChange} disabled={readOnly} data-field-control="" data-testid="massnahme-status">
            {knownStatus ? null : <option value={status}>{status}</option>}
            {massnahmeStatusValues.map((value) => (
              <option key={value} value={value}>
                {massnahmeStatusLabels[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <NodeViewContent className="massnahme-card-fields" />
    </NodeViewWrapper>
  )
}
