import { uiLanguageTests, WORDS_EN } from './ui-language';

// Sidelight's words in a browser whose UI language is en (`--lang=en`): see ui-language.ts. One file per
// language, as each starts its own browser.
uiLanguageTests('en', WORDS_EN);
