import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { AuthProvider } from './auth/auth-context';
import { I18nProvider } from './i18n/i18n';
import { ReferenceProvider } from './reference/district-reference';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <AuthProvider>
        <ReferenceProvider>
          <App />
        </ReferenceProvider>
      </AuthProvider>
    </I18nProvider>
  </StrictMode>,
);
