/** "Vorherige" / "Nächste" through the filtered changes, with where the current one stands. */
export function ChangeNavigation({ position, count, onPrevious, onNext }: { position: number | null; count: number; onPrevious: () => void; onNext: () => void }) {
  return (
    <div className="change-navigation">
      <button type="button" className="button" onClick={onPrevious} disabled={count === 0} data-testid="change-previous">
        Vorherige
      </button>
      <span className="change-navigation-position" data-testid="change-position">
        {count === 0 ? 'Keine Änderungen' : position === null ? `${count} Änderungen` : `Änderung ${position + 1} von ${count}`}
      </span>
      <button type="button" className="button" onClick={onNext} disabled={count === 0} data-testid="change-next">
        Nächste
      </button>
    </div>
  )
}
