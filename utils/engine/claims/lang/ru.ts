/** Russian tables for the claims engine ("более 1000 контейнеров"). */
import { englishAbbreviations, englishFigureWords } from './en-grammar';
import { builtOnce, ABOUT, forms, h, LESS, MORE, NEARLY, UPTO, words } from './build';
import { withoutPrototypes, type CreditWords, type LanguageTable } from './types';

/** A pattern that matches nothing: Russian has no articles to cut. */
const NEVER = /(?!)/;

/** Who Russian credits: "заявил координатор Белого дома Джон Кирби", "по словам Кирби", "он сказал". */
const russianCreditWords: CreditWords = {
  accordingTo: ['по', 'словам'],
  pronouns: words('он она они мы я оно вы'),
  personPronouns: words('он она'),
  clauseBreaks: words('что чтобы когда который которая которое которые и но а если как после пока потому где хотя или'),
  pastParticiple: NEVER,
  auxiliaries: words('также тоже ранее уже вновь снова позже позднее публично официально впервые еще'),
  passiveAuxiliaries: words('был была было были быть'),
  articles: new Set(),
  leadingArticles: NEVER,
  sideCredit: 'как',
  // "пресс-секретарь" is read as "пресс", "-", "секретарь": its first word is the role's.
  roleWords: words(`представитель представительница координатор министр президент глава руководитель директор
    пресс секретарь спикер советник аналитик посол председатель командующий генерал профессор экономист депутат
    сенатор губернатор мэр корреспондент чиновник эксперт помощник`),
  timeWords: words('в во понедельник вторник среду четверг пятницу субботу воскресенье сегодня вчера накануне ранее утром вечером днем ночью'),
  trailingTime: /\s+(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|сегодня|вчера|накануне)$/i,
  nameGlue: new Set(['-']),
  material: words('фото фотографии снимки снимков снимкам изображения данные данным документы документам отчет отчету доклад оценка оценкам оценки статистика статистике видео'),
  materialOpeners: words('эти этих последние последним спутниковые спутниковым новые новым официальные официальным'),
  providerParticiples: words('опубликованные опубликованным предоставленные предоставленным'),
  providerPrepositions: words('от из'),
  providerStops: words('в на с для о'),
  institution: /(?:министерств|совет|ведомств|агентств|правительств|дом|служб|комитет|кремл|пентагон|штаб|арми|суд|банк)/i,
  notNames: words('но и в на это этот эти однако он она они мы по как что при'),
};

// Endings of Russian noun forms, longest first; what remains is the stem the lexicon knows.
const ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ых', 'их', 'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ов', 'ев', 'ей', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'ой', 'ы', 'и', 'а', 'я', 'у', 'ю', 'е', 'о'];

/** The stem of a Russian noun form ("контейнеров" → "контейнер", "снарядов" → "снаряд"). */
function lemmatise(word: string): string {
  const lower = word.toLowerCase();
  for (const e of ENDINGS) if (lower.length > e.length + 3 && lower.endsWith(e)) return lower.slice(0, -e.length);
  return lower;
}

/** Russian: hedges, number words, scales, months; counted nouns by stem. Built on first use: the engine (in the background and the CLI) reads mostly English. */
export const russian = builtOnce(build);

function build(): LanguageTable {
  return withoutPrototypes({
    smallNumbers: {
      ...forms('ноль нуль', 0), ...forms('один одна одно одного одной', 1), ...forms('два две двух', 2),
      ...forms('три трёх трех', 3), ...forms('четыре четырёх четырех', 4), ...forms('пять пяти', 5),
      ...forms('шесть шести', 6), ...forms('семь семи', 7), ...forms('восемь восьми', 8), ...forms('девять девяти', 9),
      ...forms('десять десяти', 10), ...forms('двадцать двадцати', 20), ...forms('тридцать тридцати', 30),
      ...forms('сорок сорока', 40), ...forms('пятьдесят пятидесяти', 50), ...forms('сто ста', 100),
      ...forms('двести двухсот', 200), ...forms('триста трёхсот', 300), ...forms('пятьсот пятисот', 500),
    },
    scaleWords: {
      ...forms('тысяча тысячи тысяч тысячу тыс', 1e3), ...forms('миллион миллиона миллионов млн', 1e6),
      ...forms('миллиард миллиарда миллиардов млрд', 1e9), ...forms('триллион триллиона триллионов трлн', 1e12),
    },
    scaleSuffixes: {},
    magnitudeWords: { ...forms('сотни сотен', 100), ...forms('тысячи тысяч', 1e3), ...forms('десятки десятков', 10), ...forms('миллионы миллионов', 1e6) },
    fractionWords: { ...forms('треть трети', 1 / 3), ...forms('половина половины', 1 / 2), ...forms('четверть четверти', 1 / 4) },
    articleOne: [],
    hedgesBefore: [
      h('более чем', 'more-than', MORE), h('больше чем', 'more-than', MORE), h('не менее', 'at-least', MORE),
      h('по меньшей мере', 'at-least', MORE), h('как минимум', 'at-least', MORE), h('не более', 'up-to', UPTO),
      h('более', 'more-than', MORE), h('больше', 'more-than', MORE), h('свыше', 'more-than', MORE),
      h('около', 'about', ABOUT), h('примерно', 'about', ABOUT), h('примерно в', 'about', ABOUT), h('около в', 'about', ABOUT),
      h('приблизительно в', 'about', ABOUT), h('более чем в', 'more-than', MORE), h('приблизительно', 'about', ABOUT),
      h('порядка', 'about', ABOUT), h('почти', 'about', NEARLY), h('до', 'up-to', UPTO), h('менее', 'less-than', LESS),
      h('меньше', 'less-than', LESS),
    ].sort((a, b) => b.words.length - a.words.length),
    hedgesAfter: [],
    directionWords: { вырос: 'up', выросла: 'up', выросло: 'up', увеличился: 'up', увеличилось: 'up', снизился: 'down', упал: 'down', сократился: 'down' },
    speechVerbs: ['заявил', 'заявила', 'заявили', 'сообщил', 'сообщила', 'сообщили', 'сказал', 'сказала', 'отметил', 'отметила', 'передает', 'пишет'],
    months: {
      ...forms('января январь', 1), ...forms('февраля февраль', 2), ...forms('марта март', 3), ...forms('апреля апрель', 4),
      ...forms('мая май', 5), ...forms('июня июнь', 6), ...forms('июля июль', 7), ...forms('августа август', 8),
      ...forms('сентября сентябрь', 9), ...forms('октября октябрь', 10), ...forms('ноября ноябрь', 11), ...forms('декабря декабрь', 12),
      // "в августе": the prepositional case names a month alone.
      ...forms('январе', 1), ...forms('феврале', 2), ...forms('марте', 3), ...forms('апреле', 4), ...forms('мае', 5), ...forms('июне', 6),
      ...forms('июле', 7), ...forms('августе', 8), ...forms('сентябре', 9), ...forms('октябре', 10), ...forms('ноябре', 11), ...forms('декабре', 12),
    },
    monthCues: ['в', 'с', 'со', 'до', 'к', 'по', 'после', 'между', 'и'],
    yearCues: ['в', 'с', 'со', 'до', 'к', 'по', 'после', 'начале', 'середине', 'конце', 'между'],
    strongYearCues: ['в', 'с', 'со', 'до', 'к', 'после', 'начале', 'середине', 'конце'],
    periodPrefixes: { начале: 'early', середине: 'mid', конце: 'late' },
    rangeOpeners: { с: 'from', со: 'from', между: 'between' },
    rangeJoiners: ['по', 'до'],
    andWord: 'и',
    labelWords: ['резолюция', 'резолюции', 'резолюцию', 'резолюцией', 'статья', 'статьи', 'статье', 'рейс', 'рейса', 'номер', 'номера', 'пункт', 'пункта', 'глава', 'главы', 'трасса', 'трассы'],
    frequencyWords: ['раз', 'раза'],
    decimalComma: true,
    lowerCaseMonths: true,
    nounStop: new Set(['в', 'на', 'с', 'из', 'по', 'к', 'от', 'до', 'для', 'и', 'или', 'что', 'как', 'за', 'о', 'об', 'не', 'это', 'был', 'была', 'были', 'было']),
    lemmatise,
    lexicon: {
      контейнер: 'container', снаряд: 'shell', 'артиллерийск снаряд': 'artillery shell', человек: 'person',
      ракет: 'missile', танк: 'tank', километр: 'kilometre', тонн: 'tonne',
    },
    // English's until Russian has its own: the readers meet English names, units and labels here too.
    abbreviations: englishAbbreviations,
    figure: englishFigureWords,
    credit: russianCreditWords,
  });
}
