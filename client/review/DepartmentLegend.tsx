import { useId, type CSSProperties } from 'react'

/** Which colour stands for which department, with the two kinds of marking explained beside it. */
export function DepartmentLegend({ colors }: { colors: ReadonlyMap<string, string> }) {
  const headingId = useId()
  if (colors.size === 0) return null
  return (
    <section className="department-legend" aria-labelledby={headingId} data-testid="department-legend">
      <h2 id={headingId} className="department-legend-heading">
        Legende
      </h2>
      <p className="department-legend-explanation">
        <ins className="change-mark change-mark--inserted legend-sample">eingefügt</ins> unterstrichen,{' '}
        <del className="change-mark change-mark--deleted legend-sample">gestrichen</del> durchgestrichen; die Farbe zeigt den Fachdienst:
      </p>
      <ul className="department-legend-list">
        {[...colors].map(([department, color]) => (
          <li key={department} className="department-legend-item" style={{ '--change-color': color } as CSSProperties} data-testid="legend-department">
            <span className="department-legend-swatch" aria-hidden="true" />
            {department}
          </li>
        ))}
      </ul>
    </section>
  )
}
