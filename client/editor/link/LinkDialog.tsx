import type { Editor } from '@tiptap/core'
import { useId, useState, type ChangeEvent, type FormEvent, type SyntheticEvent } from 'react'
import { focusEditorNow } from '../focusEditorNow'
import { normalizeLinkUrl } from './normalizeLinkUrl'
import { useModalDialog } from '../../a11y/useModalDialog'

/** A modal dialog to add, change or remove the link at the selection (toolbar "Link", Strg+K). */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const titleId = useId()
  const inputId = useId()
  const errorId = useId()
  const dialogRef = useModalDialog()
  const [hadLink] = useState(() => editor.isActive('link'))
  const [href, setHref] = useState(() => String(editor.getAttributes('link')['href'] ?? ''))
  const [error, setError] = useState<string | null>(null)

  // The modal dialog keeps the rest of the page inert until it is closed, so it closes before the editor takes the focus.
  const close = () => {
    dialogRef.current?.close()
    focusEditorNow(editor)
    onClose()
  }

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setHref(event.target.value)
    setError(null)
  }

  const handleRemove = () => {
    editor.chain().extendMarkRange('link').unsetLink().run()
    close()
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!href.trim()) {
      handleRemove()
      return
    }
    const url = normalizeLinkUrl(href)
    if (!url) {
      setError('Bitte geben Sie eine Web- oder E-Mail-Adresse ein (z. B. https://www.kreis.de).')
      return
    }
    const chain = editor.chain()
    if (editor.state.selection.empty && !hadLink) chain.insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] }).run()
    else chain.extendMarkRange('link').setLink({ href: url }).run()
    close()
  }

  const handleCancel = (event: SyntheticEvent) => {
    event.preventDefault()
    close()
  }

  return (
    <dialog ref={dialogRef} className="link-dialog" aria-labelledby={titleId} onCancel={handleCancel} data-testid="link-dialog">
      <form onSubmit={handleSubmit} noValidate>
        <h2 id={titleId}>{hadLink ? 'Link bearbeiten' : 'Link einfügen'}</h2>
        <label htmlFor={inputId}>Adresse</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          value={href}
          onChange={handleChange}
          placeholder="https://www.beispiel.de"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid="link-url"
        />
        {error ? (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        ) : (
          <p className="form-hint">Leer lassen, um einen Link zu entfernen.</p>
        )}
        <div className="dialog-actions">
          {hadLink ? (
            <button type="button" className="button" onClick={handleRemove}>
              Link entfernen
            </button>
          ) : null}
          <button type="button" className="button" onClick={close}>
            Abbrechen
          </button>
          <button type="submit" className="button button--primary" data-testid="link-submit">
            Übernehmen
          </button>
        </div>
      </form>
    </dialog>
  )
}
