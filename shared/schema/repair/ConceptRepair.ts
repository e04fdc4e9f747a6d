import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { containsLocalEdit } from '../history/containsLocalEdit'
import { applyConceptRepairs } from './applyConceptRepairs'
import { findConceptRepairs } from './findConceptRepairs'

export const conceptRepairPluginKey = new PluginKey('conceptRepair')

/**
 * Keeps Teilziel, Maßnahme and Handlungsfeld blocks complete after every change, local or remote. The repair
 * of a local edit joins that edit's undo step (see containsLocalEdit).
 */
export const ConceptRepair = Extension.create({
  name: 'conceptRepair',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: conceptRepairPluginKey,
        appendTransaction(transactions, _oldState, newState) {
          if (!transactions.some((transaction) => transaction.docChanged)) return null
          const repairs = findConceptRepairs(newState.doc, newState.schema)
          if (repairs.length === 0) return null
          const tr = newState.tr
          applyConceptRepairs(tr, repairs)
          // Undoing a local edit undoes its repair with it; repairs of remote changes stay out of the local history.
          return containsLocalEdit(transactions) ? tr : tr.setMeta('addToHistory', false)
        },
      }),
    ]
  },
})
