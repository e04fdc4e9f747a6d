import { useId, type ChangeEvent } from 'react'
import type { ChangeAuthors } from './collectAuthors'
import type { ChangeFilter } from './ChangeFilter'

/** Department and person filters of the change list. */
export function ChangeFilters({ authors, filter, onChange }: { authors: ChangeAuthors; filter: ChangeFilter; onChange: (filter: ChangeFilter) => void }) {
  const departmentId = useId()
  const personId = useId()

  const handleDepartmentChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const department = event.target.value || null
    const person = authors.people.find((candidate) => candidate.userId === filter.userId)
    onChange({ department, userId: person && department !== null && person.department !== department ? null : filter.userId })
  }
  const handlePersonChange = (event: ChangeEvent<HTMLSelectElement>) => onChange({ ...filter, userId: event.target.value || null })

  const people = filter.department === null ? authors.people : authors.people.filter((person) => person.department === filter.department)
  return (
    <div className="change-filters">
      <div className="form-field">
        <label htmlFor={departmentId}>Fachdienst</label>
        <select id={departmentId} value={filter.department ?? ''} onChange={handleDepartmentChange} data-testid="filter-department">
          <option value="">Alle Fachdienste</option>
          {authors.departments.map((department) => (
            <option key={department} value={department}>
              {department}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={personId}>Person</label>
        <select id={personId} value={filter.userId ?? ''} onChange={handlePersonChange} data-testid="filter-person">
          <option value="">Alle Personen</option>
          {people.map((person) => (
            <option key={person.userId} value={person.userId}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
