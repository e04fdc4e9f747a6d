import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './styles/base.css'
import './styles/pages.css'
import './styles/editor.css'
import './styles/review.css'
import './styles/exports.css'
import './styles/blockActions.css'
import './styles/admin.css'
import './styles/search.css'
import './styles/shortcutHelp.css'
import './styles/activity.css'
import './styles/print.css'
import './styles/annotations.css'
import './styles/reflow.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
