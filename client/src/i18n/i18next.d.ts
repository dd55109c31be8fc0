import 'i18next';
import type { pl } from './pl';

// Typed keys: `t('participants.heading')` is checked against the Polish catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof pl };
  }
}
