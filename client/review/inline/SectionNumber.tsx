/**
 * A derived section number; where the comparison renumbered the block, the old number struck through and
 * the new one beside it ("3.2 → 3.3").
 */
export function SectionNumber({ number, className }: { number: { from: string | null; to: string | null } | undefined; className: string }) {
  if (!number) return null
  const { from, to } = number
  if (from && to && from !== to) {
    return (
      <span className={`${className} section-number--renumbered`} data-testid="renumbered" title={`Neu nummeriert: bisher ${from}, jetzt ${to}`}>
        <span className="visually-hidden">Neu nummeriert, bisher </span>
        <del className="section-number-old">{from}</del>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden">, jetzt </span>
        <span className="section-number-new">{to}</span>
        <span className="visually-hidden"> </span>
      </span>
    )
  }
  const shown = to ?? from
  // The hidden space keeps a heading's accessible name "1 Integration", not "1Integration".
  return shown ? (
    <span className={className}>
      {shown}
      <span className="visually-hidden"> </span>
    </span>
  ) : null
}
