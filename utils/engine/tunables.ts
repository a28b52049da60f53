// Every number the engine was tuned with, in one place: `npm run eval` prints them all beside what it measured
// with them (docs/engine-log.md records what each was chosen on). The engine's modules read them from here.

/** The calibrated decision's bars (decision.ts), chosen with `npm run eval` on the real development reporting
 *  (tests/gold/real-dev.gold.json), on the probability of the same claim (docs/engine-log.md): `same`, the
 *  lowest bar whose links are right 90 % of the time there, is where a link is shown at all; `sure`, the lowest
 *  whose links are right 95 % of the time, is where the notes stop saying "probably". */
export const DECISION = { same: 0.55, sure: 0.7 };

/** The rule ladder's bars on similarity (relation.ts relationOf). */
export const THRESHOLDS = {
  sameMutual: 0.3,
  sameMutualInOrder: 0.2,
  /** A neighbouring pair this similar puts a pair "in order". */
  neighbourMatch: 0.2,
  sameOneWay: 0.4,
  sameAlone: 0.5,
  related: 0.28,
  sameWhat: 0.15,
  /** A pair at the same place in an article the text retells in order (see order.ts), not best either way. */
  sameAligned: 0.25,
  /** Below this, not even place makes a pair the same claim. */
  alignedFloor: 0.1,
};

/** Similarity (similarity.ts): a name variant's share of a hit, word vectors' least cosine and their hit's share,
 *  the least weight a word needs for vectors to be asked, the least exact overlap before they are, a part's share. */
export const SIM = { variant: 0.9, minCosine: 0.6, softScale: 0.7, minSoftWeight: 0.25, minLexical: 0.18, part: 0.9 };

/** Parallel retellings (order.ts). */
export const ORDER = {
  /** Same-claim pairs, best both ways and in increasing order in both texts, that make a retelling. */
  minAnchors: 5,
  /** …and the share of the text's sentences they must cover. */
  minShare: 0.2,
  /** The longer text's sentences over the shorter's. */
  maxLengthRatio: 1.5,
  /** How close two relative places (0 at the first sentence, 1 at the last) must be. */
  near: 0.1,
  /** The share of a passage's weight, and of its words for what happened, that a claim must cover and its
   *  neighbour does not, to tell it together. */
  minGain: 0.1,
};

/** Detection tunables: a story is detected when the score reaches `threshold` with `minClaims` claims of
 *  evidence; a claim needs `minTerms` content words to be evidence of anything, and a claim the pack does not
 *  report needs `whatWeight` of the story's words for what happened (one of its rarer words, such as
 *  "transcript", or two of its common ones, such as "leak" and "recording"). */
export const DETECT = {
  threshold: 0.5,
  minClaims: 2,
  coverageFull: 0.35,
  claimsFull: 5,
  minTerms: 3,
  whatWeight: 0.5,
  /** The story's words kept in its profile (profile.ts), rarest and most shared first. */
  profileTerms: 60,
};

/** Linking (link.ts, retrieve.ts, self.ts). */
export const LINK = {
  /** How much a neighbouring pair's similarity adds to a pair's own (link.ts withNeighbourSupport). */
  neighbourSupport: 0.15,
  /** Most passages shown per article for one claim (a second or third only when it too is the same claim). */
  perArticle: 3,
  /** Below this similarity a pair is not worth the passage-to-passage comparisons agreement costs. */
  agreementFloor: 0.2,
  /** Most candidates scored in full per claim (retrieve.ts). */
  candidates: 16,
  /** Most of them from one article: a page that is itself in the pack would otherwise fill the list with its
   *  own sentences (never linked) and crowd out the passages of the others. */
  candidatesPerArticle: 5,
  /** Terms in more than this share of the passages (and at least `postingCap` of them) say little; their long
   *  posting lists would make retrieval linear in the pack. */
  postingShare: 0.1,
  postingCap: 64,
  /** The share of its word runs a text must share with a pack article, both ways, to be that article (self.ts). */
  selfShare: 0.8,
};

/** Cutting text into claims (segment.ts, clauses.ts). */
export const SEGMENT = {
  /** Past this length a quotation that spans sentences is split after all: a claim should stay readable. */
  maxQuoted: 420,
  /** A line of more words than this is prose, whatever its end: a heading or caption is short. */
  headingWords: 16,
  /** A claim is cut into clauses only where each side keeps at least this many words. */
  partWords: 7,
};
