/** A field's error message, named by the field's `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="form-error">
      {message}
    </p>
  )
}
