// The three outlets of the demo newsroom: names, navigation and the evergreen sidebar lists. Sidebars are the
// same on every page of an outlet, so they must stay off the embedded story's subject: on unrelated pages
// Sidelight has to find nothing to spot.

/** @typedef {{ title: string, path: string }} Link */
/** @typedef {{ key: string, name: string, home: string, stylesheet: string, nav: string[], mostRead: Link[], footer: string[] }} Outlet */

const NOT_IN_DEMO = '#not-in-demo';

/** @type {Record<string, Outlet>} */
export const OUTLETS = {
  unian: {
    key: 'unian',
    name: 'UNIAN',
    home: '/unian/',
    stylesheet: '/static/unian.css',
    nav: ['Politics', 'Economy', 'World', 'Kyiv', 'Science', 'Sport', 'Lifestyle', 'Tech', 'Photo'],
    mostRead: [
      {
        title: 'Comet Halvorsen may be seen without a telescope in December',
        path: '/unian/science/comet-halvorsen-may-be-visible-to-the-naked-eye',
      },
      { title: 'Heating season: how much will a gigacalorie cost this winter', path: NOT_IN_DEMO },
      { title: 'Weather forecast: first snow expected in the west of the country', path: NOT_IN_DEMO },
      { title: 'Hryvnia exchange rate: what bankers expect next week', path: NOT_IN_DEMO },
      { title: 'Kyiv metro to extend opening hours on weekends', path: NOT_IN_DEMO },
    ],
    footer: ['About the agency', 'Advertising', 'Contacts', 'Terms of use', 'Privacy policy', 'RSS'],
  },
  capitalpost: {
    key: 'capitalpost',
    name: 'Capital Post',
    home: '/capitalpost/',
    stylesheet: '/static/capitalpost.css',
    nav: ['Home', 'Politics', 'Business', 'Local', 'Opinion', 'Culture', 'Sport', 'Travel', 'Puzzles'],
    mostRead: [
      {
        title: 'Council passes £1.4bn budget as library closures are dropped',
        path: '/capitalpost/local/council-passes-budget-as-library-closures-are-dropped.html',
      },
      { title: 'Rail fares to rise in March, operators confirm', path: NOT_IN_DEMO },
      { title: 'The best winter walks within an hour of the city', path: NOT_IN_DEMO },
      { title: 'Interest rates: what the latest decision means for your mortgage', path: NOT_IN_DEMO },
      { title: 'Review: a bold new staging of Twelfth Night', path: NOT_IN_DEMO },
    ],
    footer: ['About us', 'Contact', 'Complaints', 'Advertise', 'Privacy notice', 'Cookie settings', 'Terms'],
  },
  insider: {
    key: 'insider',
    name: 'Insider',
    home: '/insider/',
    stylesheet: '/static/insider.css',
    nav: ['Home', 'World', 'UK', 'Business', 'Tech', 'Sport', 'Entertainment', 'Contact'],
    mostRead: [
      {
        title: 'Late penalty gives Harbour Town a 2-1 win at Millbrook Rovers',
        path: '/insider/2025/11/late-penalty-gives-harbour-town-win-at-millbrook',
      },
      { title: 'Five budget phones that are actually worth buying', path: NOT_IN_DEMO },
      { title: 'Energy bills: the price cap explained', path: NOT_IN_DEMO },
      { title: 'Streaming this weekend: our picks', path: NOT_IN_DEMO },
    ],
    footer: ['About', 'Privacy Policy', 'Cookie Policy', 'Contact', 'Write for us'],
  },
};
