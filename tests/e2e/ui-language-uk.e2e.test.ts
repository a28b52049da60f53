import { uiLanguageTests, WORDS_UK } from './ui-language';

// Sidelight's words in a browser whose UI language is uk (`--lang=uk`): see ui-language.ts. One file per
// language, as each starts its own browser.
uiLanguageTests('uk', WORDS_UK);
