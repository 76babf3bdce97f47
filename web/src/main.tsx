import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './app.css';
import { I18nProvider } from './i18n';
import { SessionProvider } from './identity/session';
import { App } from './shell/App';
import { RouterProvider } from './shell/router';

const root = document.getElementById('root');
if (!root) throw new Error('#root ontbreekt in index.html');

createRoot(root).render(
  <I18nProvider>
    <RouterProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </RouterProvider>
  </I18nProvider>,
);
