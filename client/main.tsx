import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { switchLang } from './i18n/useT.ts';
import { savedLang } from './stores/langStore.ts';
import './styles.css';

if (savedLang() === 'en') void switchLang('en');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
