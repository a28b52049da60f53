// Words for who someone is: the titles written before a name ("US President", "Trump envoy") and the roles
// that stand for a person ("the envoy", "aides"). Similarity leaves them out of what happened (bag.ts), detection
// out of a story's words for what happened (detect.ts), and the title differences peel them off names (differences/titles.ts).

/** Words that make up a title before a name. Lowercase; capitalised words (Trump, Kremlin, CIA) also join. */
export const TITLE_WORDS = new Set(
  (
    'former ex late acting deputy vice president prime minister foreign secretary senator sen rep governor ' +
    'mayor envoy special aide adviser advisor top senior chief head director spokesman spokeswoman spokesperson ' +
    'ambassador general gen lt col official officer agent analyst journalist reporter us u.s. uk russian ' +
    'american ukrainian kremlin white house leader chairman ceo founder lawyer attorney key presidential'
  ).split(' '),
);

/** A word for who someone is ("envoy", "aides"), not for what they did ("advised"). */
export const isRole = (norm: string) =>
  TITLE_WORDS.has(norm) || (norm.endsWith('s') && TITLE_WORDS.has(norm.slice(0, -1)));
