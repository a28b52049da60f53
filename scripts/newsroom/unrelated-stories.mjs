// Original, invented stories on other subjects, shown in the same outlet templates as the seed articles. They
// are the pages where Sidelight must stay silent, so none of them may name people, places or outlets of the
// embedded story (tests/unit/newsroom.test.ts checks this with the extension's own spot test).

/** @typedef {{ name: string, when: string, text: string }} Comment */

/** @type {Array<{ key: string, outlet: string, path: string, headline: string, standfirst: string, section: string, byline: string, published: string, caption: string, image: string, tags: string[], text: string, comments: Comment[], postId?: number }>} */
export const UNRELATED_STORIES = [
  {
    key: 'comet',
    outlet: 'unian',
    path: '/unian/science/comet-halvorsen-may-be-visible-to-the-naked-eye',
    headline: 'Comet Halvorsen is brightening faster than expected and may be seen without a telescope in December',
    standfirst: 'Astronomers in Kyiv say the icy visitor has gained almost two magnitudes in three weeks.',
    section: 'Science',
    byline: 'Olena Marchenko',
    published: '2025-11-24T10:15:00+02:00',
    caption: 'The comet photographed from the Kyiv University observatory on 20 November. Illustrative image.',
    image: '/static/img/sky.svg',
    tags: ['astronomy', 'space', 'science'],
    text: [
      'A comet discovered in the spring by an amateur observer in Norway is brightening much faster than astronomers had predicted, and by the middle of December it may be visible to the naked eye from dark places, researchers at the astronomical observatory of Kyiv University said on Monday.',
      'Comet C/2025 H4 (Halvorsen) was first recorded in April as a faint smudge of light beyond the orbit of Jupiter. Early forecasts suggested that it would never become brighter than the tenth magnitude, a level that needs at least a small telescope. Instead, the comet has gained almost two magnitudes over the past three weeks.',
      'What makes the comet brighter',
      'According to the observatory, the sudden change is most likely caused by the release of frozen carbon monoxide and dust as the nucleus warms on its way towards the Sun. Such outbursts are common in comets that are visiting the inner solar system for the first time, because their surfaces still hold ices that have never been heated.',
      '"We are looking at material that has been in deep freeze since the solar system formed," said Taras Hnatiuk, a researcher who has measured the comet every clear night since October. "This is exactly why first-time visitors are so hard to forecast. They can flare up, and they can also fade or break apart without warning."',
      'The nucleus is estimated to be between two and four kilometres across. The comet will pass closest to the Sun on 19 December, at a distance slightly smaller than the orbit of Venus, and closest to the Earth about a week later.',
      'When and where to look',
      'If the brightening continues, the comet should be visible low in the south-western sky shortly after sunset during the second half of December. Observers are advised to find a place far from street lights, to let their eyes adapt to the dark for at least fifteen minutes and to use ordinary binoculars first.',
      'The observatory plans to publish a simple sky chart on its website and to hold open evenings for the public, weather permitting. Astronomers also ask amateur photographers to share their images, since frequent measurements from many places help to detect changes in the tail.',
      'Scientists warn that predictions for comets remain uncertain. "A comet is like a cat," Hnatiuk said. "You can watch it closely, but in the end it does exactly what it wants." Even so, the researchers believe that the chances of a fine winter sight are better now than at any time since the discovery.',
    ].join('\n'),
    comments: [
      { name: 'Mykola_K', when: '2 hours ago', text: 'Finally some good news in the sky. Binoculars ready!' },
      {
        name: 'Iryna',
        when: '1 hour ago',
        text: 'Is there any chance to see it from the city centre, or only outside?',
      },
      {
        name: 'stargazer_lviv',
        when: '45 minutes ago',
        text: 'Outside the city for sure. Even a village 20 km away makes a huge difference.',
      },
    ],
  },
  {
    key: 'budget',
    outlet: 'capitalpost',
    path: '/capitalpost/local/council-passes-budget-as-library-closures-are-dropped.html',
    headline: 'Council passes £1.4bn budget as library closures are dropped at the last minute',
    standfirst:
      'Councillors voted 38 to 21 after a six-hour meeting and a late amendment that saves five branch libraries.',
    section: 'Local',
    byline: 'Harriet Cole, Local Democracy Reporter',
    published: '2025-11-25T23:40:00+00:00',
    caption: 'Campaigners outside the civic centre before Tuesday evening’s meeting.',
    image: '/static/img/civic.svg',
    tags: ['Local politics', 'Libraries', 'Council tax'],
    text: [
      'Eastbridge City Council has approved a £1.4bn budget for the coming year after a tense six-hour meeting that ended shortly before midnight on Tuesday, with a last-minute amendment that keeps five branch libraries open.',
      'The budget passed by 38 votes to 21, with two abstentions. Council tax will rise by 4.99 per cent, the largest increase allowed without a local referendum, adding about £94 a year to the bill of a typical Band D home.',
      'A late change of heart',
      'The original proposals, published in September, would have closed the libraries in Harwood, Linton Vale, St Anne’s, Brookside and Old Quay to save £1.1m a year. More than 12,000 residents signed a petition against the plan, and dozens of campaigners, many of them parents with young children, filled the public gallery.',
      'Councillor Priya Nandakumar, the cabinet member for finance, told the chamber that the administration had listened. The amendment moves money from a reserve set aside for office refurbishment and cuts the council’s spending on agency staff.',
      '"This is not the budget any of us would have wished to write," she said. "But we were not prepared to close the doors of buildings where children learn to read and where older people come to stay warm."',
      'Opposition councillors said the administration had been forced into a retreat and warned that the savings would only delay difficult choices. "The reserve can be spent once," said Councillor Martin Oakes. "Next year the same libraries will be on the same list."',
      'What the budget means for residents',
      'Besides the libraries, the budget protects funding for adult social care, which now takes almost half of the council’s day-to-day spending. Bin collections will remain weekly, but charges for garden waste will rise to £52 a year. Parking charges in the city centre will increase by 20p an hour from April.',
      'The council also confirmed £36m for road repairs over two years, after a survey found that one in six residential streets was in poor condition.',
      'Officials said the authority still faces a gap of about £18m in the following year, largely because of rising demand for temporary accommodation and special educational needs transport. A review of council-owned buildings, including two depots and a former school, is expected to report in the spring.',
      'Outside the civic centre, campaigners celebrated. "We are relieved, and we are tired," said Joanna Price, who started the petition. "Now we need people to actually use the libraries, because that is the best argument for keeping them."',
    ].join('\n'),
    comments: [
      {
        name: 'BrooksideMum',
        when: '7 hours ago',
        text: 'Thank you to everyone who signed. Our library is the only warm space on the estate.',
      },
      { name: 'ratepayer_71', when: '6 hours ago', text: 'Five per cent more for the same services. Again.' },
      {
        name: 'J. Whitfield',
        when: '3 hours ago',
        text: 'The office refurbishment could wait anyway. Sensible compromise.',
      },
      {
        name: 'Linton resident',
        when: '1 hour ago',
        text: 'Good, but the opening hours were already cut last year. Saving the building is not the same as saving the service.',
      },
    ],
  },
  {
    key: 'football',
    outlet: 'insider',
    path: '/insider/2025/11/late-penalty-gives-harbour-town-win-at-millbrook',
    headline: 'Late penalty gives Harbour Town a 2-1 win at Millbrook Rovers',
    postId: 3471,
    standfirst: 'Substitute Callum Reid scored from the spot in the 88th minute to end the hosts’ unbeaten home run.',
    section: 'Sport',
    byline: 'Insider Sport',
    published: '2025-11-23T18:05:00+00:00',
    caption: 'The teams line up before kick-off at Millbrook Park.',
    image: '/static/img/stadium.svg',
    tags: ['Football', 'League Two', 'Match report'],
    text: [
      'Harbour Town ended Millbrook Rovers’ unbeaten home record with a dramatic 2-1 victory at Millbrook Park on Saturday, as substitute Callum Reid converted a penalty two minutes from the end of normal time.',
      'The hosts had started brightly and took the lead after 14 minutes, when winger Jamal Osei cut inside from the left and curled a shot beyond goalkeeper Tom Ashby into the far corner. Osei almost doubled the lead ten minutes later, but his header from a corner struck the crossbar.',
      'Harbour Town grew into the game after the half-hour mark and equalised just before the break. Captain Lewis Hartley flicked on a long throw, and centre-back Marcus Doyle reacted first to stab the ball in from close range.',
      'A tense second half',
      'The second half was a scrappy affair, with few chances and plenty of fouls. Referee Sarah Whitmore showed six yellow cards, four of them to the home side, and Millbrook manager Graham Tull was sent to the stands after protesting too loudly about a decision on the touchline.',
      'Rovers believed they had won the game in the 79th minute when striker Dean Moss tapped in from a rebound, but the assistant referee raised his flag for offside. Replays shown on the stadium screen suggested that the decision was correct.',
      'The winning moment arrived in the 88th minute. Reid, on the pitch for only six minutes, was tripped by defender Ollie Grant as he chased a through ball into the penalty area. He picked himself up, placed the ball and sent the goalkeeper the wrong way.',
      '"I told the gaffer I wanted to take it before I even went on," Reid said afterwards. "You dream of moments like that when you are a kid in the park."',
      'What it means',
      'The result lifts Harbour Town to sixth in the table, two points outside the automatic promotion places, while Millbrook drop to fourth after their first home defeat since March.',
      'Tull, speaking after the match, refused to comment on the referee but admitted his side had faded. "We stopped doing the simple things after the break," he said. "We will look at ourselves first."',
      'Hartley praised the travelling supporters, about 900 of whom made the journey. "They never stopped singing, even when we were a goal down," he said. "That is what pushed us on at the end."',
      'Harbour Town host Castlegate on Tuesday night, while Millbrook travel to the coast to face Seaham Athletic next Saturday.',
    ].join('\n'),
    comments: [
      {
        name: 'TownTillIDie',
        when: 'November 23, 2025 at 6:41 pm',
        text: 'Reid has to start on Tuesday. What a finish under pressure.',
      },
      {
        name: 'RoversFan88',
        when: 'November 23, 2025 at 7:02 pm',
        text: 'Never a penalty. Grant got the ball first, watch it again.',
      },
      {
        name: 'neutral_observer',
        when: 'November 23, 2025 at 8:15 pm',
        text: 'Clear trip from where I was sitting. Good game though, both sides had a go.',
      },
    ],
  },
];
