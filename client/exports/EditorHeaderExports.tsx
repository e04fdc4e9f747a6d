import { AppLink } from '../routing/AppLink'
import { beschlussvorlagePath } from '../routing/beschlussvorlagePath'
import { ExportMenu } from './ExportMenu'
import { VersionExportPanel } from './VersionExportPanel'

/** In the editor's header: the way to the Beschlussvorlage and the "Exportieren" menu (concept or Beschlussvorlage, any version). */
export function EditorHeaderExports({ documentId }: { documentId: string }) {
  return (
    <>
      <AppLink href={beschlussvorlagePath(documentId)} className="app-header-link" data-testid="open-beschlussvorlage">
        Beschlussvorlage
      </AppLink>
      <ExportMenu toggleClassName="app-header-button export-header-toggle" testId="export-toggle">
        <VersionExportPanel documentId={documentId} kinds={['concept', 'beschlussvorlage']} />
      </ExportMenu>
    </>
  )
}
