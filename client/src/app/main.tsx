import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../i18n';
import './base.css';
import '../ui/layout.css';
import '../ui/button.css';
import '../ui/form.css';
import '../ui/tag.css';
import '../ui/figures.css';
import { App } from './App';
import { registerServiceWorker } from './serviceWorker';

// The room link carries its token in the hash; pasting another link into the same tab only changes
// the hash, so start over as whoever the new link belongs to.
window.addEventListener('hashchange', () => window.location.reload());

registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
