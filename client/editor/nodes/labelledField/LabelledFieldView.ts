import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view'
import { maxFieldLabelLength } from '../../../../shared/schema/nodes/labelledField/createLabelledField'
import { labelledFieldLabel } from '../../../../shared/schema/nodes/labelledField/labelledFieldLabel'
import { standardFieldLabels } from '../../../../shared/schema/nodes/labelledField/labelledFieldDefinitions'
import { ReadOnlyGuard } from '../../collaboration/ReadOnlyGuard'

const readOnlyGuardName = ReadOnlyGuard.name

/**
 * A labelled field in the editor: the label column shows the document's own wording, and an editor can
 * rename it in place (the button beside it opens a text box; Enter keeps, Escape discards, an empty box
 * returns to the standard label). The new wording is the field's `label` attribute, so it syncs and is
 * tracked as a change like any attribute.
 */
export class LabelledFieldView implements NodeView {
  readonly dom: HTMLElement
  readonly contentDOM: HTMLElement
  private readonly labelColumn: HTMLElement
  private readonly labelText: HTMLElement
  private readonly renameButton: HTMLButtonElement
  private input: HTMLInputElement | null = null
  private node: ProseMirrorNode

  constructor(
    node: ProseMirrorNode,
    private readonly editor: Editor,
    private readonly getPos: () => number | undefined,
  ) {
    this.node = node
    this.dom = document.createElement('div')
    this.dom.className = 'concept-field'
    this.dom.setAttribute('data-type', node.type.name)
    this.dom.setAttribute('role', 'group')
    this.labelColumn = document.createElement('div')
    this.labelColumn.className = 'concept-field-label'
    this.labelColumn.contentEditable = 'false'
    this.labelText = document.createElement('span')
    this.labelText.className = 'concept-field-label-text'
    this.labelText.setAttribute('aria-hidden', 'true')
    this.labelText.setAttribute('data-testid', 'field-label')
    this.renameButton = document.createElement('button')
    this.renameButton.type = 'button'
    this.renameButton.className = 'concept-field-rename'
    this.renameButton.textContent = '✎'
    this.renameButton.setAttribute('data-testid', 'field-label-rename')
    this.renameButton.addEventListener('mousedown', (event) => event.preventDefault())
    this.renameButton.addEventListener('click', () => this.handleRenameStart())
    this.labelColumn.append(this.labelText, this.renameButton)
    this.contentDOM = document.createElement('div')
    this.contentDOM.className = 'concept-field-content'
    this.contentDOM.setAttribute('data-field-content', '')
    this.dom.append(this.labelColumn, this.contentDOM)
    this.showLabel()
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false
    const changed = node.attrs['label'] !== this.node.attrs['label']
    this.node = node
    if (changed && !this.input) this.showLabel()
    return true
  }

  stopEvent(event: Event): boolean {
    return event.target instanceof globalThis.Node && this.labelColumn.contains(event.target)
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type !== 'selection' && this.labelColumn.contains(mutation.target)
  }

  private get label(): string {
    return labelledFieldLabel(this.node.type.name, this.node.attrs) ?? ''
  }

  // Readers keep an editable editor (for their caret) whose changes the read-only guard drops.
  private get mayRename(): boolean {
    return this.editor.isEditable && !this.editor.extensionManager.extensions.some((extension) => extension.name === readOnlyGuardName)
  }

  private showLabel() {
    const label = this.label
    this.labelText.textContent = label
    this.dom.setAttribute('aria-label', label)
    this.renameButton.setAttribute('aria-label', `Bezeichnung „${label}“ ändern`)
    this.renameButton.title = 'Bezeichnung ändern'
    this.renameButton.hidden = !this.mayRename
  }

  private handleRenameStart() {
    if (!this.mayRename || this.input) return
    const input = document.createElement('input')
    input.type = 'text'
    input.className = 'concept-field-label-input'
    input.value = this.label
    input.maxLength = maxFieldLabelLength
    input.setAttribute('aria-label', `Bezeichnung des Felds (leer: „${standardFieldLabels.get(this.node.type.name) ?? ''}“)`)
    input.setAttribute('data-testid', 'field-label-input')
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault()
        this.finishRename(true)
      } else if (event.key === 'Escape') {
        event.preventDefault()
        this.finishRename(false)
      }
    })
    input.addEventListener('blur', () => this.finishRename(true))
    this.input = input
    this.labelText.hidden = true
    this.renameButton.hidden = true
    this.labelColumn.append(input)
    input.focus()
    input.select()
  }

  private finishRename(keep: boolean) {
    const input = this.input
    if (!input) return
    this.input = null
    const wording = input.value.replace(/\s+/g, ' ').trim()
    input.remove()
    this.labelText.hidden = false
    const position = this.getPos()
    // The standard wording is stored as no label of its own, so a later change of the standard reaches it.
    const value = wording === standardFieldLabels.get(this.node.type.name) ? '' : wording
    if (keep && position !== undefined && value !== (this.node.attrs['label'] ?? '')) {
      this.editor.view.dispatch(this.editor.state.tr.setNodeAttribute(position, 'label', value))
    }
    this.showLabel()
    this.editor.commands.focus()
  }
}
