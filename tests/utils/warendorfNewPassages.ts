/**
 * What is new in the Rat's Fassung of 27.05.2019 compared with the AFS Fassung of 21.03.2019 (seed 004),
 * read off the seed by hand: first and last words of each passage. The council's own Synopse marks
 * coarser (all of 2.2, nothing in the plain-text sections, a renumbered list item); these are the exact
 * passages.
 */
export const warendorfNewPassages: readonly { start: string; end: string }[] = [
  { start: 'Hinzu kommt, dass Menschen aus verschiedenen Beweggründen', end: 'Chancen für eine Integration zu ermöglichen.' },
  { start: 'Integrationsarbeit beinhaltet, wie oben skizziert,', end: 'die Sprache den Schlüssel zur gelebten Integration darstellt.' },
  { start: 'Das Beratungsangebot der Erziehungs- und Bildungseinrichtungen', end: 'an den Bedarfen der Elternschaft orientieren.' },
  { start: 'Eine engere Kooperation mit den weiterführenden Schulen', end: 'schulbegleitende Maßnahmen installiert werden.' },
  { start: 'Intensivere Kooperationen mit weiterführenden Schulen', end: 'Intensivere Kooperationen mit weiterführenden Schulen' },
  { start: 'Einbezug der Schulsozialarbeiter', end: 'Einbezug der Schulsozialarbeiter' },
  { start: 'Der Kontakt zu den ansässigen Moscheevereinen', end: 'Sport- und Kulturangebote, zu öffnen.' },
  { start: 'Kontakt zu ansässigen Religionsgemeinschaften herstellen', end: 'Kontakt zu ansässigen Religionsgemeinschaften herstellen' },
  { start: 'Darüber hinaus ist die Anbindung an weitere Vereine', end: 'im gemeinsamen Miteinander voneinander lernen.' },
]
