/** Bounds on what one import may make the server unpack, parse and build; beyond them it is refused (HTTP 413). */
export interface ImportLimits {
  /** Total unpacked size of all parts of a Word file, as declared in the archive and as actually inflated. */
  maxInflatedBytes: number
  /** Parts (entries) of a Word file; a real document has a few dozen. */
  maxArchiveEntries: number
  /** Paragraphs, runs and table cells of a Word file; lines of a text. A Word file may hold ten times as many XML elements in all. */
  maxElements: number
}
