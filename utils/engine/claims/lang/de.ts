/** German tables for the claims engine ("mehr als 2200 Gebäude", "rund 5,5 Milliarden Dollar"). */
import { englishAbbreviations, englishFigureWords } from './en-grammar';
import { builtOnce, ABOUT, forms, h, LESS, MORE, NEARLY, UPTO, words } from './build';
import { withoutPrototypes, type CreditWords, type LanguageTable } from './types';

/** Common German words, to tell a German text from another in Latin letters (extract.ts). */
export const GERMAN_MARKERS = words('der die das und ist nicht mit den dem des ein eine einer sich auf für von wurde wurden sind auch nach');

/** Who German credits: "sagte Gouverneur Josh Green", "laut den Behörden", "nach Angaben der Behörden". */
const germanCreditWords: CreditWords = {
  accordingTo: ['laut'],
  pronouns: words('er sie wir ich'),
  personPronouns: words('er'),
  clauseBreaks: words('dass und aber während als weil obwohl wo wenn oder nachdem bevor'),
  pastParticiple: /^ge[a-zäöüß]+(?:t|en)$/,
  auxiliaries: words('auch hat haben hatte hatten ist sind war waren wurde wurden bereits zuvor später am'),
  passiveAuxiliaries: words('wurde wurden worden sein ist sind'),
  articles: words('der die das den dem des ein eine einen einem einer'),
  leadingArticles: /^(?:der|die|das|den|dem|des|ein|eine)\s+/i,
  sideCredit: 'wie',
  roleWords: words(`Sprecher Sprecherin Gouverneur Gouverneurin Minister Ministerin Präsident Präsidentin Bürgermeister Bürgermeisterin
    Direktor Direktorin Chef Chefin Sekretär Sekretärin Berater Beraterin Analyst Analystin Botschafter General Kommandeur
    Professor Professorin Senator Senatorin Beamter Beamtin`),
  timeWords: words('am Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag heute gestern diese dieser Woche Monat Nacht Morgen Abend'),
  trailingTime: /\s+(?:am\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|heute|gestern)$/i,
  nameGlue: new Set(['von', 'van', 'de', '-']),
  material: words('Fotos Bilder Daten Dokumente Zahlen Statistiken Bericht Berichte Schätzungen Schätzung Bilanz Video'),
  materialOpeners: words('die den neuen neue jüngsten offiziellen'),
  providerParticiples: words('veröffentlichten veröffentlichte vorgelegten'),
  providerPrepositions: words('von der'),
  providerStops: words('in an auf mit für über'),
  institution: /(?:ministerium|rat|behörde|behörden|agentur|regierung|amt|ausschuss|dienst|polizei|armee|gericht|bank|weiße haus|weißen haus)/i,
  notNames: words('der die das in aber und dies diese er sie laut wie dass mit von'),
};

/** German: hedges, number words, scales ("2.200", "5,5 Milliarden"), months; built on first use. */
export const german = builtOnce(build);

function build(): LanguageTable {
  return withoutPrototypes({
    smallNumbers: {
      ...forms('null', 0), ...forms('ein eine einen einem einer eins', 1), ...forms('zwei', 2), ...forms('drei', 3), ...forms('vier', 4),
      ...forms('fünf', 5), ...forms('sechs', 6), ...forms('sieben', 7), ...forms('acht', 8), ...forms('neun', 9), ...forms('zehn', 10),
      ...forms('elf', 11), ...forms('zwölf', 12), ...forms('zwanzig', 20), ...forms('dreißig', 30), ...forms('vierzig', 40),
      ...forms('fünfzig', 50), ...forms('hundert einhundert', 100), ...forms('zweihundert', 200), ...forms('dreihundert', 300),
    },
    scaleWords: {
      ...forms('tausend', 1e3), ...forms('million millionen mio', 1e6), ...forms('milliarde milliarden mrd', 1e9), ...forms('billion billionen', 1e12),
    },
    scaleSuffixes: {},
    magnitudeWords: { ...forms('hunderte', 100), ...forms('tausende', 1e3), ...forms('dutzende', 12) },
    fractionWords: { ...forms('drittel', 1 / 3), ...forms('hälfte', 1 / 2), ...forms('viertel', 1 / 4) },
    articleOne: ['ein', 'eine', 'einer'],
    hedgesBefore: [
      h('mehr als', 'more-than', MORE), h('über', 'more-than', MORE), h('gut', 'more-than', MORE), h('knapp über', 'more-than', MORE),
      h('mindestens', 'at-least', MORE), h('wenigstens', 'at-least', MORE), h('rund', 'about', ABOUT), h('etwa', 'about', ABOUT),
      h('ungefähr', 'about', ABOUT), h('circa', 'about', ABOUT), h('ca', 'about', ABOUT), h('zirka', 'about', ABOUT),
      h('schätzungsweise', 'about', ABOUT), h('annähernd', 'about', NEARLY), h('fast', 'about', NEARLY), h('beinahe', 'about', NEARLY),
      h('knapp', 'about', NEARLY), h('nahezu', 'about', NEARLY), h('bis zu', 'up-to', UPTO), h('höchstens', 'up-to', UPTO),
      h('weniger als', 'less-than', LESS), h('unter', 'less-than', LESS),
    ].sort((a, b) => b.words.length - a.words.length),
    hedgesAfter: [h('oder mehr', 'at-least', MORE)],
    directionWords: { stieg: 'up', wuchs: 'up', erhöhte: 'up', sank: 'down', fiel: 'down' },
    speechVerbs: ['sagte', 'sagten', 'erklärte', 'erklärten', 'teilte', 'berichtete', 'berichteten', 'betonte', 'bestätigte', 'schrieb', 'meldete', 'meldeten'],
    months: {
      ...forms('januar jänner', 1), ...forms('februar', 2), ...forms('märz', 3), ...forms('april', 4), ...forms('mai', 5), ...forms('juni', 6),
      ...forms('juli', 7), ...forms('august', 8), ...forms('september', 9), ...forms('oktober', 10), ...forms('november', 11), ...forms('dezember', 12),
    },
    monthCues: ['im', 'seit', 'bis', 'ab', 'von', 'zwischen', 'und', 'anfang', 'mitte', 'ende'],
    yearCues: ['im', 'seit', 'bis', 'ab', 'von', 'zwischen', 'jahr'],
    strongYearCues: ['im', 'seit', 'bis'],
    periodPrefixes: { anfang: 'early', mitte: 'mid', ende: 'late' },
    rangeOpeners: { zwischen: 'between', von: 'from' },
    rangeJoiners: ['bis'],
    dayMonthJoiners: ['.'],
    andWord: 'und',
    labelWords: ['resolution', 'artikel', 'kapitel', 'flug', 'route', 'nummer', 'kategorie', 'stufe', 'phase', 'paragraf'],
    frequencyWords: ['mal'],
    decimalComma: true,
    nounStop: words('in im an am auf mit von vom zu zum zur für und oder ist sind wurde wurden hat haben der die das den dem des laut nach seit'),
    lexicon: {
      mensch: 'person', menschen: 'person', personen: 'person', tote: 'person', toten: 'person', opfer: 'person',
      einwohner: 'resident', bewohner: 'resident', gebäude: 'building', häuser: 'home', haus: 'home', wohnungen: 'home',
      hektar: 'hectare', granaten: 'shell', raketen: 'missile',
      tonnen: 'tonne', tonne: 'tonne', soldaten: 'soldier', schiffe: 'ship', schiff: 'ship',
      jahre: 'year', jahren: 'year', jahr: 'year', tage: 'day', tagen: 'day',
    },
    abbreviations: englishAbbreviations,
    figure: englishFigureWords,
    credit: germanCreditWords,
  });
}
