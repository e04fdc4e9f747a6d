/** "Name, Fachdienst" – how avatars, badges and tooltips name a person. */
export function describePerson(person: { name: string; department: string }): string {
  return person.department ? `${person.name}, ${person.department}` : person.name
}
