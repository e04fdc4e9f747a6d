import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { containsLocalEdit } from '../history/containsLocalEdit'
import { createBlockId } from './createBlockId'
import { findBlocksWithoutUniqueId } from './findBlocksWithoutUniqueId'

export interface BlockIdOptions {
  types: string[]
}

export const blockIdPluginKey = new PluginKey('blockId')

/**
 * Gives every block a stable `id` attribute (comments, the Synopse alignment and cross-references address
 * blocks by it) and repairs missing or duplicated ids after each change, in the undo step of the change that
 * made them (see containsLocalEdit).
 */
export const BlockId = Extension.create<BlockIdOptions>({
  name: 'blockId',

  addOptions() {
    return { types: [] }
  },

  addGlobalAttributes() {
    return [
      {
        types: this.options.types,
        attributes: {
          id: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute('data-id'),
            renderHTML: (attributes) => (attributes['id'] ? { 'data-id': attributes['id'] } : {}),
          },
        },
      },
    ]
  },

  addProseMirrorPlugins() {
    const types = new Set(this.options.types)
    return [
      new Plugin({
        key: blockIdPluginKey,
        appendTransaction(transactions, _oldState, newState) {
          if (!transactions.some((transaction) => transaction.docChanged)) return null
          const positions = findBlocksWithoutUniqueId(newState.doc, types)
          if (positions.length === 0) return null
          const tr = newState.tr
          for (const position of positions) tr.setNodeAttribute(position, 'id', createBlockId())
          return containsLocalEdit(transactions) ? tr : tr.setMeta('addToHistory', false)
        },
      }),
    ]
  },
})
