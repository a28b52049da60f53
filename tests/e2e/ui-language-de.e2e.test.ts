import { uiLanguageTests, WORDS_DE } from './ui-language';

// Sidelight's words in a browser whose UI language is de (`--lang=de`): see ui-language.ts. One file per
// language, as each starts its own browser.
uiLanguageTests('de', WORDS_DE);
