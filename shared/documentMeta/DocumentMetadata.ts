/** One row of the document's Beratungsfolge (as on the cover of seed 003); Fassungen can refer to it. */
export interface BeratungsfolgeItem {
  id: string
  /** ISO date (YYYY-MM-DD). */
  datum: string
  gremium: string
  zustaendigkeit: string
}

/** The cover fields of the Beschlussvorlage, edited in the app; the concept itself is its Anlage. */
export interface CoverFields {
  vorlageNummer: string
  datum: string
  fachdienst: string
  ansprechpartner: string
  bearbeiter: string
  title: string
  oeffentlich: boolean
  beschlussvorschlag: string
  begruendungNichtoeffentlichkeit: string
  sachverhalt: string
  klimaschutz: string
  finanzielleAuswirkungen: string
  anlagen: string[]
}

export interface DocumentMetadata {
  beratungsfolge: BeratungsfolgeItem[]
  cover: CoverFields
}

export function createEmptyMetadata(): DocumentMetadata {
  return {
    beratungsfolge: [],
    cover: {
      vorlageNummer: '',
      datum: '',
      fachdienst: '',
      ansprechpartner: '',
      bearbeiter: '',
      title: '',
      oeffentlich: true,
      beschlussvorschlag: '',
      begruendungNichtoeffentlichkeit: '',
      sachverhalt: '',
      klimaschutz: '',
      finanzielleAuswirkungen: '',
      anlagen: [],
    },
  }
}
