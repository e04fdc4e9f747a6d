/** A long generated concept and the marker sentences placed in it. */
export interface LongConcept {
  text: string
  /** A paragraph of its own in the middle of the concept, where the browser measurement types. */
  middleMarker: string
  /** A paragraph of its own at the very end, to tell that the whole concept has arrived. */
  endMarker: string
}
