import type { Fassung } from '../../shared/fassungen/Fassung'
import { ExportMenu } from './ExportMenu'
import { ExportPanel } from './ExportPanel'

/** "Exportieren" in a row of the Fassungen table: the concept or the Beschlussvorlage as this Fassung has it. */
export function FassungExportMenu({ documentId, fassung }: { documentId: string; fassung: Pick<Fassung, 'id' | 'name'> }) {
  return (
    <ExportMenu placement="inline" toggleClassName="button button--small" hiddenLabelSuffix={`: ${fassung.name}`} testId="fassung-export-toggle">
      <ExportPanel documentId={documentId} kinds={['concept', 'beschlussvorlage']} version={fassung.id} />
    </ExportMenu>
  )
}
