import { blockCommands } from '../commands/blockCommands'
import { searchShortcuts } from '../search/searchShortcuts'
import { editorShortcutKeys, fieldShortcutKeys } from './editorShortcutKeys'
import { tiptapKeyToAria } from './tiptapKeyToAria'

export interface ShortcutEntry {
  /** As `aria-keyshortcuts` spells it; alternatives separated by spaces. */
  keys: string
  description: string
}

export interface ShortcutGroup {
  title: string
  shortcuts: ShortcutEntry[]
}

const key = (binding: string) => tiptapKeyToAria(binding)

/**
 * The keyboard shortcuts of the editor page, for the shortcut help: read from the definitions the editor binds
 * (block commands, search, the keys that lead out of the text), so that the help lists what the keys do.
 */
export function shortcutGroups(): ShortcutGroup[] {
  return [
    {
      title: 'Bewegen und Verlassen',
      shortcuts: [
        { keys: key(fieldShortcutKeys.nextField), description: 'Zum nächsten Feld (Teilziel, Maßnahme); ändert nie den Text' },
        { keys: key(fieldShortcutKeys.previousField), description: 'Zum vorherigen Feld' },
        { keys: key(editorShortcutKeys.leaveText), description: 'Den Text verlassen: zum Eintrag der Stelle in der Gliederung (Eingabe führt zurück)' },
        { keys: key(editorShortcutKeys.toolbar), description: 'Zur Werkzeugleiste (Esc führt zurück in den Text)' },
        { keys: `${key(editorShortcutKeys.nextRegion)} ${key(editorShortcutKeys.previousRegion)}`, description: 'Zum nächsten / vorherigen Bereich: Kopfzeile, Gliederung, Werkzeugleiste, Text' },
        { keys: key(editorShortcutKeys.shortcutHelp), description: 'Diese Übersicht (außerhalb des Textes)' },
      ],
    },
    {
      title: 'Suchen und Ersetzen',
      shortcuts: [
        { keys: searchShortcuts.open, description: 'Suchen' },
        { keys: searchShortcuts.openReplace, description: 'Suchen und Ersetzen' },
        { keys: searchShortcuts.next, description: 'Nächster Treffer' },
        { keys: searchShortcuts.previous, description: 'Vorheriger Treffer' },
        { keys: searchShortcuts.close, description: 'Suche schließen, Cursor am Treffer' },
      ],
    },
    {
      title: 'Bausteine und Absätze',
      shortcuts: [
        ...blockCommands.flatMap((command) => (command.keyShortcut ? [{ keys: command.keyShortcut, description: command.label }] : [])),
        { keys: key(fieldShortcutKeys.indentListItem), description: 'Listenpunkt einrücken' },
        { keys: key(fieldShortcutKeys.outdentListItem), description: 'Listenpunkt ausrücken' },
        { keys: key(fieldShortcutKeys.moveBlockUp), description: 'Baustein (Teilziel, Maßnahme, Oberziel, Handlungsfeld) nach oben verschieben' },
        { keys: key(fieldShortcutKeys.moveBlockDown), description: 'Baustein nach unten verschieben' },
        { keys: '/', description: 'Am Zeilenanfang oder nach einem Leerzeichen: Menü der Bausteine und Absatzformate' },
      ],
    },
    {
      title: 'Zeichen und Bearbeiten',
      shortcuts: [
        { keys: 'Control+B', description: 'Fett' },
        { keys: 'Control+I', description: 'Kursiv' },
        { keys: 'Control+U', description: 'Unterstrichen' },
        { keys: key(editorShortcutKeys.linkDialog), description: 'Link einfügen oder bearbeiten' },
        { keys: 'Control+Z', description: 'Rückgängig' },
        { keys: 'Control+Y Control+Shift+Z', description: 'Wiederholen' },
        { keys: 'Control+P', description: 'Drucken (nur der Konzepttext, mit Abschnittsnummern)' },
      ],
    },
  ]
}
