import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from './apollo/apollo-client';
import { App } from './app/components/App';
import { setUpI18n } from './i18n/i18n';
import './styles.css';

const i18n = setUpI18n();
const client = createApolloClient();
const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html has no #root element');
}

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <App />
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
