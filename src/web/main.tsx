import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { setupI18n } from './i18n/i18n';
import './ui/styles/base.css';
import './ui/styles/controls.css';
import './ui/styles/auth.css';
import './ui/styles/shell.css';
import './ui/styles/content.css';
import './ui/styles/tables.css';
import './ui/styles/directory.css';
import './ui/styles/profile.css';
import './ui/styles/phone.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void setupI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
