import type { Fassung } from '../../shared/fassungen/Fassung'

export interface StoredFassung extends Fassung {
  /** Y.encodeSnapshot of the document at freezing time. */
  snapshot: Uint8Array
  /** The whole gc-free document state at freezing time, so that the Fassung stands on its own. */
  state: Uint8Array
}

/** Fassungen are written once and never changed. */
export interface FassungStorage {
  createFassung(fassung: StoredFassung): Promise<void>
  listFassungen(documentId: string): Promise<Fassung[]>
  getFassung(documentId: string, fassungId: string): Promise<StoredFassung | null>
}
