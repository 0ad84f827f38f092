import type fr from '../locales/fr.json';

// French is the reference language: every key used in code must exist in fr.json (the locales test checks the others).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
