// Newsroom-only presentation of the seed articles: where each is served, its headline when the pack has none,
// section, credit line, picture and reader comments. The pack holds only the published words; everything here
// is the demo newsroom's own set dressing and never flows back into the pack.

/** @typedef {import('./unrelated-stories.mjs').Comment} Comment */

/** @type {Record<string, { outlet: string, path: string, headline?: string, section: string, byline: string, caption: string, image: string, tags: string[], comments: Comment[], postId?: number }>} */
export const SEED_PRESENTATION = {
  '000_5f6fa893fbc90bad': {
    outlet: 'unian',
    path: '/unian/world/who-drained-witkoffs-conversation',
    section: 'World',
    byline: 'UNIAN',
    caption: 'Photo illustration. UNIAN',
    image: '/static/img/phone.svg',
    tags: ['USA', 'Russia', 'peace talks', 'intelligence'],
    comments: [
      {
        name: 'Andrii P.',
        when: '26.11.2025, 21:14',
        text: 'So the question is not what was said but who wanted us to hear it.',
      },
      {
        name: 'Kateryna',
        when: '26.11.2025, 21:40',
        text: 'Audio, not just a transcript. Somebody wanted no room for denial.',
      },
      {
        name: 'observer_ua',
        when: '27.11.2025, 08:02',
        text: 'Interesting analysis, but we will probably never know the real source.',
      },
    ],
  },
  '002_f24f5414ffbe457d': {
    outlet: 'capitalpost',
    path: '/capitalpost/politics/leaked-calls-reveal-trump-aides-kremlin-advice.html',
    headline: 'Leaked calls reveal Trump aide’s Kremlin advice',
    section: 'Political Scandals',
    byline: 'Capital Post Politics Desk',
    caption: 'The recordings were published as audio as well as in transcript.',
    image: '/static/img/phone.svg',
    tags: ['Politics', 'Intelligence', 'US foreign policy'],
    comments: [
      {
        name: 'PeterH',
        when: '2 days ago',
        text: 'The cost argument is the interesting part. Nobody burns a source for nothing.',
      },
      {
        name: 'Margaret from Kent',
        when: '2 days ago',
        text: 'Hard to see how anyone trusts these back channels after this.',
      },
      {
        name: 'realist_uk',
        when: '1 day ago',
        text: 'Every agency listens to everyone. The surprise is only that it was published.',
      },
    ],
  },
  '004_bd9b67b97656ee16': {
    outlet: 'insider',
    path: '/insider/2025/11/who-leaked-the-witkoff-recordings',
    headline: 'Who leaked the Witkoff recordings?',
    postId: 3466,
    section: 'World',
    byline: 'Insider Staff',
    caption: 'Stock image.',
    image: '/static/img/phone.svg',
    tags: ['Diplomacy', 'Intelligence', 'Russia'],
    comments: [
      {
        name: 'Tom W',
        when: 'November 27, 2025 at 9:12 am',
        text: 'Good summary. The European angle seems the most plausible to me.',
      },
      {
        name: 'Sandra',
        when: 'November 27, 2025 at 11:30 am',
        text: 'Or it was meant to be found. Some leaks are messages.',
      },
    ],
  },
};
