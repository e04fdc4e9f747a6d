import { presenceColor } from '../../presence/presenceColor'

/**
 * Another person's caret: a line in their department's colour with a label "Name · Fachdienst" in white on
 * that colour. Hidden from screen readers, which would otherwise read the label as part of the text; the
 * header's avatars name everyone present.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = presenceColor(user)
  const name = typeof user['name'] === 'string' && user['name'].trim() ? user['name'].trim() : 'Unbekannt'
  const department = typeof user['department'] === 'string' ? user['department'].trim() : ''

  const caret = document.createElement('span')
  caret.className = 'collaboration-carets__caret'
  caret.style.borderColor = color
  caret.setAttribute('aria-hidden', 'true')
  caret.dataset['testid'] = 'remote-caret'
  if (typeof user['id'] === 'string') caret.dataset['userId'] = user['id']

  const label = document.createElement('span')
  label.className = 'collaboration-carets__label'
  label.style.backgroundColor = color
  const nameElement = document.createElement('span')
  nameElement.className = 'collaboration-carets__name'
  nameElement.textContent = name
  label.append(nameElement)
  if (department) {
    const departmentElement = document.createElement('span')
    departmentElement.className = 'collaboration-carets__department'
    departmentElement.textContent = ` · ${department}`
    label.append(departmentElement)
  }
  caret.append(label)
  return caret
}
