import type { BeschlussvorlageCover } from '../import/BeschlussvorlageCover'
import type { DocumentMetadata } from './DocumentMetadata'

/** The metadata of a document whose text began with a Beschlussvorlage cover sheet. */
export function coverToMetadata(cover: BeschlussvorlageCover, source: string, createId: () => string): DocumentMetadata {
  return {
    beratungsfolge: cover.beratungsfolge.map((entry) => ({
      id: createId(),
      datum: toIsoDate(entry.datum),
      gremium: entry.gremium,
      zustaendigkeit: entry.zustaendigkeit,
    })),
    cover: {
      vorlageNummer: cover.vorlageNummer,
      datum: cover.datum,
      fachdienst: cover.fachdienst,
      ansprechpartner: cover.ansprechpartner,
      bearbeiter: cover.bearbeiter,
      title: cover.title,
      oeffentlich: !/nicht\s*öffentlich|nichtöffentlich/i.test(source.slice(0, 400)),
      beschlussvorschlag: cover.beschlussvorschlag,
      begruendungNichtoeffentlichkeit: cover.begruendungNichtoeffentlichkeit,
      sachverhalt: cover.sachverhalt,
      klimaschutz: cover.klimaschutz,
      finanzielleAuswirkungen: cover.finanzielleAuswirkungen,
      anlagen: cover.anlagen,
    },
  }
}

/** "14.09.2020" → "2020-09-14"; anything else is kept as it is. */
function toIsoDate(date: string): string {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})$/.exec(date.trim())
  if (!match) return date
  const year = match[3]!.length === 2 ? `20${match[3]}` : match[3]!
  return `${year}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
}
