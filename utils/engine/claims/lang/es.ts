/** Spanish tables for the claims engine ("más de 2.200 edificios", "al menos 36 personas"). */
import { englishAbbreviations, englishFigureWords } from './en-grammar';
import { builtOnce, ABOUT, forms, h, LESS, MORE, NEARLY, UPTO, words } from './build';
import { withoutPrototypes, type CreditWords, type LanguageTable } from './types';

/** Common Spanish words, to tell a Spanish text from another in Latin letters (extract.ts). */
export const SPANISH_MARKERS = words('el la los las del que y en una por con para según se al es fue han ha más');

/** Who Spanish credits: "dijo el gobernador Josh Green", "según las autoridades". */
const spanishCreditWords: CreditWords = {
  accordingTo: ['según'],
  pronouns: words('él ella ellos ellas nosotros yo'),
  personPronouns: words('él ella'),
  clauseBreaks: words('que y pero mientras cuando porque aunque donde si como o tras'),
  pastParticiple: /^[a-záéíóúñ]+(?:ado|ada|ido|ida)s?$/,
  auxiliaries: words('también ya ha han había habían fue fueron es son está están luego después ayer hoy'),
  passiveAuxiliaries: words('fue fueron sido ser es son'),
  articles: words('el la los las un una unos unas'),
  leadingArticles: /^(?:el|la|los|las|un|una)\s+/i,
  sideCredit: 'como',
  roleWords: words(`portavoz gobernador gobernadora ministro ministra presidente presidenta alcalde alcaldesa director directora
    jefe jefa secretario secretaria funcionario funcionaria asesor asesora analista embajador embajadora general comandante
    profesor profesora senador senadora`),
  timeWords: words('el lunes martes miércoles jueves viernes sábado domingo hoy ayer esta este semana mes noche mañana tarde'),
  trailingTime: /\s+(?:(?:el|este)\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer)$/i,
  nameGlue: new Set(['de', 'del', 'la', '-']),
  material: words('fotos imágenes datos documentos cifras estadísticas informe informes estimaciones balance video vídeo'),
  materialOpeners: words('las los estas estos nuevas nuevos últimas últimos oficiales'),
  providerParticiples: words('publicadas publicados difundidas difundidos facilitadas facilitados'),
  providerPrepositions: words('por de'),
  providerStops: words('en a con para sobre'),
  institution: /(?:ministerio|consejo|departamento|agencia|gobierno|oficina|comité|servicio|policía|ejército|tribunal|banco|casa blanca|autoridades)/i,
  notNames: words('el la los las en de pero y esto este estos él ella ellos según como que con por'),
};

/** Spanish: hedges, number words, scales ("2.200", "5,5 millones"), months; built on first use. */
export const spanish = builtOnce(build);

function build(): LanguageTable {
  return withoutPrototypes({
    smallNumbers: {
      ...forms('cero', 0), ...forms('un uno una', 1), ...forms('dos', 2), ...forms('tres', 3), ...forms('cuatro', 4),
      ...forms('cinco', 5), ...forms('seis', 6), ...forms('siete', 7), ...forms('ocho', 8), ...forms('nueve', 9),
      ...forms('diez', 10), ...forms('once', 11), ...forms('doce', 12), ...forms('veinte', 20), ...forms('treinta', 30),
      ...forms('cuarenta', 40), ...forms('cincuenta', 50), ...forms('cien ciento', 100), ...forms('doscientos doscientas', 200),
      ...forms('trescientos trescientas', 300), ...forms('quinientos quinientas', 500),
    },
    scaleWords: { ...forms('mil', 1e3), ...forms('millón millones', 1e6), ...forms('billón billones', 1e12) },
    scaleSuffixes: {},
    magnitudeWords: { ...forms('cientos centenares', 100), ...forms('miles', 1e3), ...forms('decenas', 10), ...forms('docenas', 12) },
    fractionWords: { ...forms('tercio', 1 / 3), ...forms('mitad', 1 / 2), ...forms('cuarto', 1 / 4) },
    articleOne: ['un', 'una'],
    hedgesBefore: [
      h('más de', 'more-than', MORE), h('al menos', 'at-least', MORE), h('por lo menos', 'at-least', MORE),
      h('como mínimo', 'at-least', MORE), h('alrededor de', 'about', ABOUT), h('cerca de', 'about', NEARLY),
      h('unos', 'about', ABOUT), h('unas', 'about', ABOUT), h('aproximadamente', 'about', ABOUT), h('casi', 'about', NEARLY),
      h('hasta', 'up-to', UPTO), h('menos de', 'less-than', LESS), h('un máximo de', 'up-to', UPTO), h('un mínimo de', 'at-least', MORE),
      h('en torno a', 'about', ABOUT), h('aprox', 'about', ABOUT), h('superior a', 'more-than', MORE),
    ].sort((a, b) => b.words.length - a.words.length),
    hedgesAfter: [h('o más', 'at-least', MORE), h('o menos', 'up-to', UPTO)],
    directionWords: { aumentó: 'up', subió: 'up', creció: 'up', bajó: 'down', cayó: 'down', disminuyó: 'down' },
    speechVerbs: ['dijo', 'dijeron', 'afirmó', 'afirmaron', 'declaró', 'señaló', 'indicó', 'informó', 'informaron', 'explicó', 'aseguró', 'anunció', 'confirmó', 'precisó'],
    months: {
      ...forms('enero', 1), ...forms('febrero', 2), ...forms('marzo', 3), ...forms('abril', 4), ...forms('mayo', 5), ...forms('junio', 6),
      ...forms('julio', 7), ...forms('agosto', 8), ...forms('septiembre setiembre', 9), ...forms('octubre', 10), ...forms('noviembre', 11), ...forms('diciembre', 12),
    },
    monthCues: ['en', 'desde', 'hasta', 'de', 'a', 'entre', 'y', 'del'],
    yearCues: ['en', 'desde', 'hasta', 'de', 'entre', 'del'],
    strongYearCues: ['en', 'desde', 'hasta'],
    rangeOpeners: { entre: 'between', desde: 'from' },
    rangeJoiners: ['a', 'hasta', 'al'],
    dayMonthJoiners: ['de'],
    andWord: 'y',
    labelWords: ['resolución', 'artículo', 'capítulo', 'vuelo', 'ruta', 'número', 'categoría', 'nivel', 'fase'],
    frequencyWords: ['veces'],
    decimalComma: true,
    lowerCaseMonths: true,
    nounStop: words('en de a con por para que y o se ha han fue fueron es son del al según tras'),
    lexicon: {
      persona: 'person', personas: 'person', muerto: 'person', muertos: 'person', víctima: 'person', víctimas: 'person',
      habitante: 'resident', habitantes: 'resident', residente: 'resident', residentes: 'resident',
      edificio: 'building', edificios: 'building', estructura: 'building', estructuras: 'building', casa: 'home', casas: 'home', vivienda: 'home', viviendas: 'home',
      hectárea: 'hectare', hectáreas: 'hectare', kilómetro: 'kilometre', kilómetros: 'kilometre',
      contenedor: 'container', contenedores: 'container', proyectil: 'shell', proyectiles: 'shell', misil: 'missile', misiles: 'missile',
      tonelada: 'tonne', toneladas: 'tonne', soldado: 'soldier', soldados: 'soldier', barco: 'ship', barcos: 'ship', buque: 'ship', buques: 'ship',
      dólar: 'dollar', dólares: 'dollar', año: 'year', años: 'year', día: 'day', días: 'day',
    },
    abbreviations: englishAbbreviations,
    figure: englishFigureWords,
    credit: spanishCreditWords,
  });
}
