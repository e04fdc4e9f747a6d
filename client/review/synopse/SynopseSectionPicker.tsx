import type { CSSProperties } from 'react'
import type { SynopseSection } from '../../../shared/export/listSynopseSections'

/**
 * Which Handlungsfelder the Synopse shows: all, or the ticked ones (a ticked Handlungsfeld brings the ones
 * below it). A fold-out list of checkboxes, so that a long concept's many Handlungsfelder do not crowd the bar.
 */
export function SynopseSectionPicker({ sections, chosen, onChange }: { sections: readonly SynopseSection[]; chosen: readonly string[]; onChange: (chosen: string[]) => void }) {
  if (sections.length === 0) return null
  const handleToggle = (number: string) => () => {
    const next = chosen.includes(number) ? chosen.filter((entry) => entry !== number) : [...chosen, number]
    // In document order, as the exports name them.
    onChange(sections.map((section) => section.number).filter((entry) => next.includes(entry)))
  }
  const handleShowAll = () => onChange([])
  return (
    <details className="synopse-sections" data-testid="synopse-sections">
      <summary data-testid="synopse-sections-summary">{chosen.length === 0 ? 'Handlungsfelder: alle' : `Handlungsfelder: ${chosen.join(', ')}`}</summary>
      <fieldset className="synopse-sections-list">
        <legend className="visually-hidden">Handlungsfelder der Synopse</legend>
        <button type="button" className="button button--small" onClick={handleShowAll} disabled={chosen.length === 0} data-testid="synopse-sections-all">
          Alle Handlungsfelder
        </button>
        {sections.map((section) => (
          <label key={section.number} className="synopse-section-option" style={{ paddingLeft: `${section.depth * 1.25}rem` } as CSSProperties}>
            <input type="checkbox" checked={chosen.includes(section.number)} onChange={handleToggle(section.number)} data-testid={`synopse-section-${section.number}`} />
            {` ${section.number} ${section.title}`}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
