import { useCallback, useEffect, useRef, useState } from 'react'
import type { ManagedAccount } from '../../shared/accounts/ManagedAccount'
import type { DocumentListEntry } from '../documents/DocumentListEntry'
import { listDocumentEntries } from '../documents/listDocumentEntries'
import { AppHeader } from '../layout/AppHeader'
import { departmentRegistry } from '../presence/departmentRegistry'
import { useDepartmentRegistry } from '../presence/useDepartmentRegistry'
import { useCurrentUser } from '../session/useCurrentUser'
import { AccountsSection } from './AccountsSection'
import { listAccounts } from './api/listAccounts'
import { DepartmentsSection } from './DepartmentsSection'
import { DocumentAccessSection } from './DocumentAccessSection'

type Load = { status: 'loading' } | { status: 'loaded'; accounts: ManagedAccount[]; documents: DocumentListEntry[] } | { status: 'error'; message: string }
type Notice = { kind: 'status' | 'error'; text: string; serial: number }

/** `/verwaltung`: accounts, the Fachdienste and who may open which document (administration only). */
export function AdministrationPage() {
  const { account } = useCurrentUser()
  const departments = useDepartmentRegistry()
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [notice, setNotice] = useState<Notice | null>(null)
  const noticeRef = useRef<HTMLParagraphElement>(null)
  const isAdmin = account?.role === 'admin'

  useEffect(() => {
    document.title = 'Verwaltung – Fassung'
  }, [])

  const reload = useCallback((signal?: AbortSignal) => {
    Promise.all([listAccounts(signal), listDocumentEntries(signal), departmentRegistry.load(signal)]).then(
      ([accounts, documents]) => setLoad({ status: 'loaded', accounts, documents }),
      (error: unknown) => {
        if (!signal?.aborted) setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      },
    )
  }, [])

  useEffect(() => {
    if (!isAdmin) return
    const controller = new AbortController()
    reload(controller.signal)
    return () => controller.abort()
  }, [isAdmin, reload])

  // After every action the focus goes to its confirmation (or error), so keyboard and screen-reader users hear it.
  useEffect(() => {
    if (notice) noticeRef.current?.focus()
  }, [notice])

  const announce = (kind: Notice['kind'], text: string) => setNotice((current) => ({ kind, text, serial: (current?.serial ?? 0) + 1 }))
  const handleChanged = (message: string) => {
    announce('status', message)
    reload()
  }
  const handleError = (message: string) => announce('error', message)
  const handleDepartmentsChanged = (next: string[], message: string) => {
    departmentRegistry.replace(next)
    handleChanged(message)
  }

  return (
    <>
      <AppHeader />
      <main className="page page--administration">
        <h1>Verwaltung</h1>
        {!isAdmin ? (
          <p className="form-error" role="alert">
            Diese Seite ist der Administration vorbehalten.
          </p>
        ) : (
          <>
            {notice ? (
              <p
                key={notice.serial}
                ref={noticeRef}
                tabIndex={-1}
                className={notice.kind === 'error' ? 'form-error admin-notice' : 'admin-notice'}
                role={notice.kind === 'error' ? 'alert' : 'status'}
                data-testid="admin-notice"
              >
                {notice.text}
              </p>
            ) : null}
            {load.status === 'loading' ? <p role="status">Verwaltung wird geladen …</p> : null}
            {load.status === 'error' ? (
              <p className="form-error" role="alert">
                {load.message}
              </p>
            ) : null}
            {load.status === 'loaded' ? (
              <>
                <AccountsSection accounts={load.accounts} departments={departments} currentUserId={account.id} onChanged={handleChanged} onError={handleError} />
                <DepartmentsSection departments={departments} onChanged={handleDepartmentsChanged} />
                <DocumentAccessSection documents={load.documents} accounts={load.accounts} onChanged={handleChanged} onError={handleError} />
              </>
            ) : null}
          </>
        )}
      </main>
    </>
  )
}
