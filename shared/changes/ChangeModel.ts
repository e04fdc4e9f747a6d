/** Who made a change and when, as recorded by the server (never as claimed by a client). */
export interface ChangeAuthor {
  userId: string
  name: string
  department: string
  /** ISO timestamp of the update that made the change. */
  at: string
}

export type ChangeStatus = 'unchanged' | 'inserted' | 'deleted'

/** A stretch of text with one status, one author and one set of marks. */
export interface ChangeRun {
  text: string
  status: ChangeStatus
  /** Marks (bold, italic, underline, link …) as in the version the run belongs to. */
  marks: Record<string, unknown>
  /** Set for inserted and deleted runs. */
  changeId?: string
  author?: ChangeAuthor | null
}

export interface AttributeChange {
  changeId: string
  key: string
  from: unknown
  to: unknown
  author: ChangeAuthor | null
}

export interface ChangeBlock {
  /** The block's stable id; null for nodes that carry none (e.g. hard breaks). */
  id: string | null
  type: string
  status: ChangeStatus
  /** Set when the whole block was inserted or deleted. */
  changeId?: string
  author?: ChangeAuthor | null
  /** Attributes in the newer version (the older one for deleted blocks). */
  attributes: Record<string, unknown>
  attributeChanges: AttributeChange[]
  /** Derived section number in each version, where the block has one. */
  number?: { from: string | null; to: string | null }
  /** For a block that now stands somewhere else: where it stood, and where it stands now. */
  move?: { changeId: string; from: string; to: string; author: ChangeAuthor | null }
  /** True if anything in or below this block changed. */
  changed: boolean
  children: ChangeBlock[]
  /** Text content for textblocks, in document order, deleted runs included. */
  runs: ChangeRun[]
}

export type ChangeKind = 'insertion' | 'deletion' | 'attribute' | 'move'

/** One entry of the change list: what the sidebar steps through and what can be accepted or rejected. */
export interface ChangeEntry {
  id: string
  kind: ChangeKind
  /** Id of the innermost block with an id that contains the change. */
  blockId: string | null
  /** Human-readable excerpt: the inserted or deleted text, or "Kürzel: S1 → S2". */
  summary: string
  author: ChangeAuthor | null
}

export interface VersionLabel {
  /** A Fassung id, or 'draft' for the live document. */
  id: string
  label: string
}

/** The annotated document of a comparison; every view (inline, Synopse, exports) renders this. */
export interface ChangeModel {
  from: VersionLabel
  to: VersionLabel
  blocks: ChangeBlock[]
  changes: ChangeEntry[]
}
