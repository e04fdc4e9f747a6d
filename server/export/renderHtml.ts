import type { ExportBlock, ExportDocument, ExportParagraph, ExportRun, ExportTable, ExportTableCell } from '../../shared/export/ExportDocument'

const styles = `
@page { size: A4 __ORIENTATION__; margin: 2cm 2cm 2cm 2.5cm; }
body { font-family: "Noto Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 16pt; margin: 1.6em 0 0.6em; }
h2 { font-size: 13.5pt; margin: 1.4em 0 0.5em; }
h3 { font-size: 12pt; margin: 1.2em 0 0.4em; }
h4 { font-size: 11pt; font-style: italic; margin: 1em 0 0.4em; }
p { margin: 0 0 0.6em; }
.title { font-size: 22pt; font-weight: bold; margin-top: 6em; }
.subtitle { font-size: 13pt; margin: 0.2em 0; }
.lead { font-size: 13pt; margin: 1em 0; }
.label { margin: 1em 0 0.3em; }
.note { font-size: 9.5pt; color: #444; }
.quote { margin-left: 2em; font-style: italic; }
.page-break { break-after: page; border: 0; margin: 2em 0; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; }
td, th { border: 1px solid #777; padding: 0.35em 0.5em; vertical-align: top; text-align: left; }
th { font-weight: normal; }
.shaded { background: #eef0f2; }
table.layout td, table.layout th { border: 0; padding: 0.1em 0.5em 0.1em 0; }
td > :last-child, th > :last-child { margin-bottom: 0; }
ins { text-decoration: underline; background: #e6f4ea; }
del { text-decoration: line-through; background: #fce8e6; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 1.5em; }
nav.toc .number { display: inline-block; min-width: 3.5em; }
`

/** The export as one self-contained HTML page (styles inline, no scripts, no external resources). */
export function renderHtml(document: ExportDocument): Uint8Array {
  const body = document.blocks.map(renderBlock).join('\n')
  const html = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<meta name="description" content="${escapeAttribute(document.subject)}">
<style>${styles.replace('__ORIENTATION__', document.orientation)}</style>
</head>
<body>
<main>
${body}
</main>
<footer class="note">${escapeHtml(document.footer)}</footer>
</body>
</html>
`
  return new TextEncoder().encode(html)
}

function renderBlock(block: ExportBlock): string {
  switch (block.type) {
    case 'heading': {
      const number = block.number ? `<span class="number">${escapeHtml(block.number)}</span> ` : ''
      return `<h${block.level} id="${escapeAttribute(block.anchor)}">${number}${renderRuns(block.runs)}</h${block.level}>`
    }
    case 'paragraph':
      return renderParagraph(block)
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : ''
      return `<${tag}${start}>${block.items.map((item) => `<li>${item.map(renderBlock).join('')}</li>`).join('')}</${tag}>`
    }
    case 'table':
      return renderTable(block)
    case 'tableOfContents':
      return renderTableOfContents(block.title, block.entries)
    case 'pageBreak':
      return '<hr class="page-break">'
    case 'rule':
      return '<hr>'
  }
}

function renderParagraph(paragraph: ExportParagraph): string {
  const className = paragraph.style === 'body' ? '' : ` class="${paragraph.style}"`
  return `<p${className}>${renderRuns(paragraph.runs)}</p>`
}

function renderTable(table: ExportTable): string {
  const total = table.columnWidths.reduce((sum, width) => sum + width, 0) || 1
  const columns = table.columnWidths.map((width) => `<col style="width:${((width / total) * 100).toFixed(1)}%">`).join('')
  const head = table.headerRows.length > 0 ? `<thead>${table.headerRows.map((row) => `<tr>${row.cells.map((cell) => renderCell(cell, 'col')).join('')}</tr>`).join('')}</thead>` : ''
  const rows = table.rows.map((row) => `<tr>${row.cells.map((cell) => renderCell(cell, table.role === 'fields' ? 'row' : 'col')).join('')}</tr>`).join('')
  return `<table class="${table.role}"><colgroup>${columns}</colgroup>${head}<tbody>${rows}</tbody></table>`
}

function renderCell(cell: ExportTableCell, scope: 'row' | 'col'): string {
  const tag = cell.header ? 'th' : 'td'
  const attributes = [cell.header ? ` scope="${scope}"` : '', cell.shaded ? ' class="shaded"' : '', cell.columnSpan ? ` colspan="${cell.columnSpan}"` : ''].join('')
  return `<${tag}${attributes}>${cell.blocks.map(renderBlock).join('')}</${tag}>`
}

function renderTableOfContents(title: string, entries: Extract<ExportBlock, { type: 'tableOfContents' }>['entries']): string {
  const items = entries.map((entry) => {
    const number = entry.number ? `<span class="number">${escapeHtml(entry.number)}</span> ` : ''
    return `<li style="margin-left:${entry.depth * 1.5}em"><a href="#${escapeAttribute(entry.anchor)}">${number}${escapeHtml(entry.title)}</a></li>`
  })
  return `<nav class="toc" aria-label="${escapeAttribute(title)}"><p class="lead"><strong>${escapeHtml(title)}</strong></p><ol>${items.join('')}</ol></nav>`
}

function renderRuns(runs: readonly ExportRun[]): string {
  return runs.map(renderRun).join('')
}

function renderRun(run: ExportRun): string {
  let html = escapeHtml(run.text).replace(/\n/g, '<br>')
  if (run.bold) html = `<strong>${html}</strong>`
  if (run.italic) html = `<em>${html}</em>`
  if (run.underline) html = `<u>${html}</u>`
  if (run.strike) html = `<s>${html}</s>`
  if (run.href) html = `<a href="${escapeAttribute(run.href)}">${html}</a>`
  const color = run.color ? ` style="color:${escapeAttribute(run.color)}"` : ''
  if (run.change === 'inserted') html = `<ins${color}>${html}</ins>`
  else if (run.change === 'deleted') html = `<del${color}>${html}</del>`
  else if (color) html = `<span${color}>${html}</span>`
  return html
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;')
}
