import type { ItemRange } from '../history/UpdateAttribution'

/** Who made a change and when, as recorded by the server (never as claimed by a client). */
export interface ChangeAuthor {
  userId: string
  name: string
  department: string
  /** ISO timestamp of the update that made the change. */
  at: string
}

export type ChangeStatus = 'unchanged' | 'inserted' | 'deleted'

/** Where a change stands, for lists, Synopse rows and exports. */
export interface ChangeLocation {
  /**
   * Derived section number of the enclosing Handlungsfeld ("3.1.2"): the newer version's, or the older
   * one's for what exists only there; null outside any Handlungsfeld.
   */
  sectionNumber: string | null
  /** German label of the block: "Teilziel 2 · Zielgruppe", "Maßnahme S1", "Oberziel", "Absatz", "Listenpunkt" … */
  blockLabel: string
}

/** A mark that one version has and the other has not (or has with another value) on the same characters. */
export interface FormatChange {
  changeId: string
  /** The mark's name (bold, italic, underline, link …). */
  mark: string
  change: 'added' | 'removed'
  /** The mark's value in the version that has it. */
  value: unknown
  author: ChangeAuthor | null
  /** The characters (content items) whose marks changed. */
  ranges: ItemRange[]
}

/** A stretch of text with one status, one author and one set of marks. */
export interface ChangeRun {
  text: string
  status: ChangeStatus
  /** Marks (bold, italic, underline, link …) as in the version the run belongs to: the newer one, the older one for deleted runs. */
  marks: Record<string, unknown>
  /** For unchanged runs whose marks differ between the versions: the older version's marks (`marks` are the newer ones). */
  olderMarks?: Record<string, unknown>
  /** The format changes on this run's characters (unchanged runs only). */
  formatChanges?: FormatChange[]
  /** Set for inserted and deleted runs. */
  changeId?: string
  author?: ChangeAuthor | null
  /** The exact item ranges of the run's characters, in document order. */
  ranges?: ItemRange[]
}

export interface AttributeChange {
  changeId: string
  key: string
  from: unknown
  to: unknown
  author: ChangeAuthor | null
  /** The map entry that holds the newer value (or that the removal deleted). */
  ranges?: ItemRange[]
}

/** A block that stands at another place among the same siblings than in the older version. */
export interface BlockReorder {
  changeId: string
  /** Index among the parent's blocks in the older version, and in the newer one. */
  fromIndex: number
  toIndex: number
  author: ChangeAuthor | null
  /** The element items of the block in the older and the newer place (Yjs moves by copying). */
  ranges: ItemRange[]
}

/** A block moved to another parent: where it stood, and where it stands now. */
export interface BlockMove {
  changeId: string
  from: string
  to: string
  author: ChangeAuthor | null
  /** The element items of the block in the older and the newer place. */
  ranges?: ItemRange[]
}

export interface ChangeBlock {
  /** The block's stable id; null for nodes that carry none (e.g. hard breaks). */
  id: string | null
  type: string
  status: ChangeStatus
  /** Set when the whole block was inserted or deleted. */
  changeId?: string
  author?: ChangeAuthor | null
  /** For a whole inserted or deleted block: its element item. */
  ranges?: ItemRange[]
  /** For a block the newer version has: its element item there (where a rejected deletion beside it goes back). */
  element?: ItemPosition
  /** Attributes in the newer version (the older one for deleted blocks). */
  attributes: Record<string, unknown>
  attributeChanges: AttributeChange[]
  /** Derived section number in each version, where the block has one. */
  number?: { from: string | null; to: string | null }
  /** For a block that now stands in another parent: where it stood, and where it stands now. */
  move?: BlockMove
  /** For a block that stands at another place among the same siblings. */
  reorder?: BlockReorder
  /**
   * For unchanged parents whose children were reordered: the children's indexes in the older order
   * (`children[olderOrder[0]]` stood first in the older version). Absent when the order is the same.
   */
  olderOrder?: number[]
  /** Where the block stands (set by the change model). */
  location?: ChangeLocation
  /** True if anything in or below this block changed. */
  changed: boolean
  children: ChangeBlock[]
  /** Text content for textblocks, in document order, deleted runs included. */
  runs: ChangeRun[]
}

export type ChangeKind = 'insertion' | 'deletion' | 'attribute' | 'move' | 'reorder' | 'format'

/** One entry of the change list: what the sidebar steps through and what can be accepted or rejected. */
export interface ChangeEntry {
  /**
   * Stable identity made of Yjs item ids, which later edits never alter: typing next to a change or
   * deleting inside it leaves its id as it is, new text is a new change (see changeIds.ts).
   */
  id: string
  kind: ChangeKind
  /** Id of the innermost block with an id that contains the change. */
  blockId: string | null
  /** Human-readable excerpt: the inserted or deleted text, or "Kürzel: S1 → S2". */
  summary: string
  author: ChangeAuthor | null
  location: ChangeLocation
  /**
   * The exact Yjs item ranges the change covers: the inserted or deleted characters or elements, the
   * characters whose marks changed, the map entry of an attribute, the element items of a move or reorder.
   * Decisions are stored as these ranges.
   */
  ranges: ItemRange[]
  /** For `format` changes: which mark, added or removed. */
  format?: { mark: string; change: 'added' | 'removed'; value: unknown }
  /** For `move` and `reorder` changes: where the block stood and stands. */
  placement?: { from: string; to: string }
  /**
   * For deletions: where rejecting puts the text or block back, as the comparison shows it — right before the first
   * character (block) of a following run (sibling) the newer version has, or else right after the last one of a
   * preceding one, the first of each list that still stands. The deleted items' own place in Yjs can be elsewhere:
   * text or blocks the binding or an earlier rejection wrote anew stand beside them and read as their neighbours.
   */
  restoreAt?: { before: ItemPosition[]; after: ItemPosition[] }
}

/** One Yjs item (a character or an element): client and clock. */
export type ItemPosition = [client: number, clock: number]

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
  /** The top-level blocks' indexes in the older order, where blocks were reordered (see ChangeBlock.olderOrder). */
  olderOrder?: number[]
  changes: ChangeEntry[]
}
