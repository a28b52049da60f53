// Function words carry no claim. English only: in other languages every word counts, which costs precision
// but never hides a match.

/** Lowercase English function words and reporting filler that say nothing about what happened. */
export const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each either even few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own same she should so some ' +
    'such than that the their theirs them themselves then there these they this those through to too under until ' +
    'up very was we were what when where which while who whom why will with would you your yours yourself ' +
    'yourselves s t don should now may might must shall us one also per via upon within without towards toward ' +
    'however although though yet whether another many much every something someone anything each ' +
    'said says say saying stated told according noted added'
  ).split(' '),
);
