/** One row of the "vorgesehene Beratungsfolge" table. */
export interface BeratungsfolgeEntry {
  datum: string
  gremium: string
  zustaendigkeit: string
}

/** The cover sheet of a Beschlussvorlage; fields the sheet does not have are empty strings. */
export interface BeschlussvorlageCover {
  vorlageNummer: string
  datum: string
  fachdienst: string
  ansprechpartner: string
  bearbeiter: string
  title: string
  beratungsfolge: BeratungsfolgeEntry[]
  beschlussvorschlag: string
  begruendungNichtoeffentlichkeit: string
  sachverhalt: string
  klimaschutz: string
  finanzielleAuswirkungen: string
  anlagen: string[]
}
