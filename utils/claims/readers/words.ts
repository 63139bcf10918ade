/** English word lists of the readers (temporary home; they move to lang/en.ts). */
// Words that end a counted-noun phrase after a figure.
export const NOUN_STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but',
  'that', 'which', 'who', 'whom', 'whose', 'were', 'was', 'is', 'are', 'be', 'been', 'being', 'has',
  'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'it',
  'its', 'this', 'these', 'those', 'than', 'as', 'per', 'each', 'up', 'down', 'since', 'over',
  'under', 'into', 'onto', 'about', 'after', 'before', 'during', 'while', 'when', 'where', 'not',
  'no', 'so', 'also', 'just', 'only', 'all', 'last', 'next', 'ago', 'earlier', 'later', 'said',
  'says', 'say', 'told', 'their', 'his', 'her', 'our', 'your', 'my', 'they', 'he', 'she', 'we',
  'you', 'i', 'them', 'him', 'us', 'there', 'here', 'if', 'then', 'through', 'across', 'against',
  'between', 'among', 'including', 'like', 'such', 'because', 'until', 'via', 'within', 'without',
  'out', 'off', 'again', 'both', 'either', 'neither', 'very', 'too', 'do', 'does', 'did', 'get',
  'got', 'what', 'how', 'why', 'now', 'still', 'already', 'even', 'around', 'near', 'toward',
  'towards', 'upon', 'whether', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'yesterday', 'today', 'tomorrow', 'year', 'years', 'respectively', 'apiece', 'each',
  'total', 'overall', 'annually', 'daily', 'apart', 'away', 'ahead', 'behind', 'more', 'less',
  'fewer', 'most', 'least', 'other', 'another', 'some', 'any', 'many', 'much', 'few', 'several',
]);
// Nouns whose plural is the singular: "36,000 staff", "40 aircraft".
export const INVARIANT_COUNTS = new Set(['staff', 'personnel', 'aircraft', 'sheep', 'fish', 'deer', 'series', 'species', 'police', 'crew', 'cattle', 'livestock', 'offspring', 'swine', 'moose', 'bison', 'salmon', 'trout', 'spacecraft', 'hovercraft', 'watercraft']);
// Modifiers that do not change what is counted ("eight more picks" counts picks).
export const MODIFIER_DROP = new Set(['more', 'other', 'additional', 'extra', 'further', 'such']);
// "who was 10", "she turns 40": a person's age after these.
export const COPULAS = new Set(['is', 'was', 'be', 'turns', 'turned', 'turning', 'turn', 'becomes', 'became']);
export const PERSON_PRONOUNS = new Set(['who', 'he', 'she', 'i', 'you', 'we', 'they']);
// Participles without "-ed" that modify a counted noun ("newly built homes").
export const IRREGULAR_PARTICIPLES = new Set(['built', 'made', 'grown', 'known', 'held', 'sold', 'born', 'bought', 'brought', 'sent', 'spent']);
// Nouns that count something else: "rounds of artillery shells" counts shells.
export const CLASSIFIERS = new Set(['round', 'piece', 'item', 'unit', 'batch', 'load', 'shipment', 'consignment', 'kind', 'type', 'sort', 'lot']);
// "The X" before a number: prepositions that make a bare four-digit number a year.
export const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'from', 'between', 'until', 'till', 'by', 'during', 'circa', 'before', 'after',
  'early', 'late', 'mid', 'the', 'this', 'of', 'and', 'to', 'through', 'spring', 'summer', 'autumn',
  'fall', 'winter', 'season', 'year', 'fy', 'class', 'a.d.', 'ad', 'bc', 'ce',
]);
// "a 3m wall", "100m sprint": metres, not millions.
export const METRE_CONTEXT = new Set([
  'tall', 'high', 'long', 'wide', 'deep', 'away', 'sprint', 'hurdles', 'freestyle', 'backstroke',
  'breaststroke', 'butterfly', 'race', 'dash', 'relay', 'above', 'below', 'underground', 'underwater',
  'in', 'depth', 'height', 'length',
]);
export const TIME_SUFFIXES = new Set(['am', 'pm', 'gmt', 'utc', 'bst', 'est', 'edt', 'cst', 'pst', 'pdt', 'et', 'pt', 'kst', 'cet', 'cest', 'jst', 'hrs', 'o’clock', "o'clock"]);
// Verbs that take "up"/"down" as a particle: "gave up 517 yards" is not a rise.
export const PHRASAL_HOSTS = new Set([
  'gave', 'give', 'gives', 'giving', 'given', 'picked', 'pick', 'picks', 'signed', 'sign', 'set', 'put', 'shut',
  'turned', 'turn', 'broke', 'break', 'took', 'take', 'takes', 'came', 'come', 'brought', 'bring', 'ramped',
  'stepped', 'scaled', 'wound', 'backed', 'tied', 'made', 'make', 'built', 'build', 'paid', 'pay', 'opened',
  'split', 'lined', 'locked', 'used', 'summed', 'racked', 'rack', 'chalked', 'shored', 'wrote', 'write',
  'marked', 'mark', 'knocked', 'wrote', 'stood', 'sat', 'looked', 'slowed', 'calmed', 'cooled', 'shot',
  'went', 'go', 'goes', 'held', 'hold', 'move', 'moved', 'showed', 'show', 'ended', 'end', 'washed', 'round',
  'rounded', 'added', 'add', 'boiled', 'boiling', 'boil', 'boils', 'narrowed', 'cut', 'burned', 'handed', 'hand', 'bottomed', 'topped',
]);
// "ended down 1%", "closed down 0.4%": no phrasal verb "end down"; a market closing lower.
export const CLOSING_DOWN = new Set(['ended', 'end', 'ends', 'closed', 'close', 'closes', 'finished', 'finish', 'finishes']);
// "the lead-up to 3G", "adds up to 5%": "up to" after these is not a cap.
export const UP_TO_HOSTS = new Set(['lead', 'leads', 'leading', 'led', 'run', 'build', 'add', 'adds', 'added', 'adding', 'sum', 'sums', 'summed', 'live', 'lives', 'lived', 'living', 'measure', 'measures', 'measured']);
// Words that end a street address: "49 Zorro Ranch Road", "9 E 71st St".
export const STREET_WORDS = new Set(['st', 'street', 'road', 'rd', 'ave', 'avenue', 'way', 'blvd', 'boulevard', 'lane', 'ln', 'drive', 'dr', 'place', 'pl', 'court', 'ct', 'terrace', 'zip', 'square', 'sq']);
