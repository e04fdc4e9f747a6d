import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { DecorationSet } from '@tiptap/pm/view'
import { buildNumberingDecorations } from './buildNumberingDecorations'

export const conceptNumberingPluginKey = new PluginKey<DecorationSet>('conceptNumbering')

/** Section numbers and Teilziel ordinals as decorations, recomputed whenever the document changes. */
export const ConceptNumbering = Extension.create({
  name: 'conceptNumbering',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: conceptNumberingPluginKey,
        state: {
          init: (_config, state) => DecorationSet.create(state.doc, buildNumberingDecorations(state.doc)),
          apply: (tr, decorations) => (tr.docChanged ? DecorationSet.create(tr.doc, buildNumberingDecorations(tr.doc)) : decorations),
        },
        props: {
          decorations: (state) => conceptNumberingPluginKey.getState(state),
        },
      }),
    ]
  },
})
