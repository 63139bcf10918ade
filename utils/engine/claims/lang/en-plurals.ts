/** English plurals: the singular of a counted noun ("containers" → "container"). */

// Irregular plurals that the suffix rules get wrong. (A Map: looked up by words of the page.)
const IRREGULAR = new Map<string, string>(Object.entries({
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', data: 'data', media: 'media', criteria: 'criterion',
  phenomena: 'phenomenon', lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf',
  wolves: 'wolf', halves: 'half', shelves: 'shelf', thieves: 'thief', series: 'series',
  species: 'species', news: 'news', aircraft: 'aircraft', sheep: 'sheep', fish: 'fish',
  police: 'police', staff: 'staff', personnel: 'personnel', troops: 'troop', dice: 'die',
  indices: 'index', analyses: 'analysis', crises: 'crisis', theses: 'thesis', bases: 'base',
  vertices: 'vertex', matrices: 'matrix', oxen: 'ox', cacti: 'cactus', fungi: 'fungus',
  alumni: 'alumnus', radii: 'radius', buses: 'bus', gases: 'gas', lenses: 'lens',
  heroes: 'hero', potatoes: 'potato', tomatoes: 'tomato', vetoes: 'veto', echoes: 'echo',
  torpedoes: 'torpedo', volcanoes: 'volcano', cookies: 'cookie', movies: 'movie',
  ties: 'tie', lies: 'lie', pies: 'pie', dies: 'die', zombies: 'zombie', rookies: 'rookie',
  calories: 'calorie', brownies: 'brownie', hippies: 'hippie', selfies: 'selfie',
  goalies: 'goalie', aunties: 'auntie', viruses: 'virus', bonuses: 'bonus', campuses: 'campus',
  censuses: 'census', statuses: 'status', circuses: 'circus', surpluses: 'surplus', focuses: 'focus',
  prospectuses: 'prospectus', stimuluses: 'stimulus', octopuses: 'octopus', corpuses: 'corpus',
}));

const NOT_MEN = new Set(['specimen', 'regimen', 'abdomen', 'stamen', 'omen', 'amen', 'dolmen', 'hymen', 'semen', 'acumen', 'yemen', 'women', 'men']);
// Words ending in "s" that are not plurals.
const NOT_PLURAL = /(?:ss|us|is|ics|ous|ws)$/;

/** The singular of one English word ("containers" → "container", "countries" → "country"). */
export function englishSingular(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  // "fishermen", "gunmen", "spokesmen" (not "specimen", "abdomen").
  if (lower.length > 4 && lower.endsWith('men') && !NOT_MEN.has(lower)) return lower.slice(0, -3) + 'man';
  if (lower.length <= 3 || !lower.endsWith('s') || NOT_PLURAL.test(lower)) return lower;
  if (lower.endsWith('ies')) return lower.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|zzes|sses)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('oes')) return lower.slice(0, -2);
  return lower.slice(0, -1);
}


export const SYNONYMS = new Map([
  ['artillery round', 'artillery shell'],
  ['artillery shell round', 'artillery shell'],
]);

