import { useCallback, useEffect, useState, type RefObject } from 'react'

/**
 * Returns a function that asks for the focus on the first field the form marks `aria-invalid`. The focus
 * moves after React has rendered the marks that the same update sets, not before.
 */
export function useFocusFirstInvalidField(formRef: RefObject<HTMLElement | null>): () => void {
  const [requests, setRequests] = useState(0)
  useEffect(() => {
    if (requests > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [requests, formRef])
  return useCallback(() => setRequests((count) => count + 1), [])
}
