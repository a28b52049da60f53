// A second outlet's report of the demo newsroom's comet story (an invented story, like the newsroom's own), served
// at an address of its own by routing, so a story can be built from two outlets' pages on one topic.
import type { BrowserContext } from 'playwright-core';

export const SECOND_REPORT_URL = 'https://northern-sky.example/news/2025/11/comet-halvorsen-brightening';

const paragraphs = [
  'Comet Halvorsen, found in April by an amateur astronomer in Norway, has brightened far faster than forecasts predicted and could be seen without binoculars by mid-December, astronomers at Kyiv University said this week.',
  'The comet, catalogued as C/2025 H4, was first seen beyond the orbit of Jupiter as a faint smudge. Early forecasts said it would stay fainter than the tenth magnitude, but it has gained nearly two magnitudes in three weeks.',
  'The Kyiv observatory says the outburst is probably driven by frozen carbon monoxide and dust escaping as the nucleus warms on its approach to the Sun, which is common for comets making their first visit to the inner solar system.',
  '"We are looking at material that has been in deep freeze since the solar system formed," Taras Hnatiuk, who has measured the comet on every clear night since October, told reporters.',
  'Its nucleus is thought to be two to four kilometres wide. Comet Halvorsen passes closest to the Sun on 19 December, inside the orbit of Venus, and closest to the Earth roughly a week later.',
  'If it keeps brightening, it should appear low in the south-western sky just after sunset in the second half of December. Hnatiuk advises finding a dark spot away from street lights and starting with ordinary binoculars.',
  'Predictions for comets remain uncertain, the astronomers warn: a first-time visitor can flare up, fade or break apart without warning.',
];

/** The second report as a news page: outlet, author and date in its meta tags, the text in an <article>. Its
 *  <html> declares no language, so the story records the one identified from its text (issue 17). */
export const SECOND_REPORT_HTML = `<!doctype html>
<html><head><meta charset="utf-8">
<title>Comet Halvorsen could be visible to the naked eye by December | Northern Sky Weekly</title>
<meta property="og:site_name" content="Northern Sky Weekly">
<meta name="author" content="Ingrid Solberg">
<meta property="article:published_time" content="2025-11-26T08:00:00+01:00">
</head><body><header><a href="/">Northern Sky Weekly</a></header>
<main><article><h1>Comet Halvorsen could be visible to the naked eye by December</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>© Northern Sky Weekly</footer></body></html>`;

/** Serves the second report at SECOND_REPORT_URL in `context` (this machine reaches no other site). */
export async function routeSecondReport(context: BrowserContext): Promise<void> {
  await context.route(SECOND_REPORT_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: SECOND_REPORT_HTML }),
  );
}
