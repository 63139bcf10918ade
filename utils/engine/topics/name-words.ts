/**
 * The words the topic proposer reads names by, per language: capitalised words that are not
 * names, the words around a name that say what it names (a title before a person, "port of"
 * before a place, "ship" before a vessel), and the words inside a name that make it an
 * organisation. Lower case. A language without capital letters (Korean) has no table here and
 * gets no proposed names; its spellings come from a topic file or the options page.
 */
import type { EntityKind } from '../../model/topic';

export interface NameWords {
  /** Capitalised at a sentence's start or in a headline, but not names ("The", "But", "Monday"). */
  notNames: string[];
  /** Lower-case words allowed inside a name between two capitalised ones ("Ministry of Defence"). */
  connectors: string[];
  /** Words right before a name that say what kind of thing it names. */
  kindBefore: Record<Exclude<EntityKind, 'document'>, string[]>;
  /** Words inside a name that make it an organisation ("Ministry", "Agency"). */
  orgParts: string[];
  /** Speech verbs right after a name: a person (or an organisation) speaking. */
  speechAfter: string[];
  /** Articles before a name: people take none ("the United States said" is not a person). */
  articles: string[];
  /** Endings that make a place's adjective or people from its name less its last letter (Ukrain-e → Ukrain-ian, Chin-a → Chin-ese). */
  demonymEndings: string[];
}

const EN: NameWords = {
  notNames: [
    'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of', 'for', 'with', 'by',
    'from', 'to', 'after', 'before', 'since', 'during', 'under', 'over', 'about', 'according', 'although', 'though', 'because',
    'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those',
    'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'some', 'many', 'most', 'all', 'both',
    'each', 'every', 'no', 'not', 'one', 'two', 'three', 'more', 'less', 'other', 'another', 'such', 'also', 'still', 'now',
    'then', 'meanwhile', 'however', 'instead', 'earlier', 'later', 'last', 'next', 'first', 'new', 'read', 'photo', 'video',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms', 'dr', 'said', 'says',
    'officials', 'experts', 'analysts', 'satellite', 'image', 'images', 'advertisement', 'related', 'share', 'updated',
  ],
  connectors: ['of', 'de', 'du', 'la', 'al', 'el', 'bin', 'van', 'von', 'der', 'for'],
  kindBefore: {
    person: ['president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chancellor', 'premier', 'general', 'gen', 'admiral', 'adm', 'lt', 'col', 'mr', 'mrs', 'ms', 'dr', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor', 'chief', 'director', 'ambassador', 'envoy', 'commander', 'king', 'queen', 'prince', 'pope', 'coordinator', 'adviser', 'advisor', 'official', 'officer'],
    place: ['in', 'at', 'near', 'port', 'city', 'town', 'village', 'province', 'region', 'county', 'island', 'state'],
    vessel: ['ship', 'ships', 'vessel', 'vessels', 'freighter', 'freighters', 'tanker', 'carrier', 'ferry', 'boat', 'mv', 'm/v'],
    org: ['agency', 'ministry', 'group', 'firm', 'company', 'institute', 'think-tank', 'organisation', 'organization'],
  },
  orgParts: ['ministry', 'agency', 'service', 'council', 'department', 'institute', 'committee', 'office', 'command', 'party', 'union', 'forces', 'army', 'navy', 'university', 'centre', 'center', 'group', 'police', 'bureau', 'commission', 'house', 'pentagon', 'kremlin', 'nations', 'corporation', 'company', 'news', 'times', 'post', 'press'],
  speechAfter: ['said', 'says', 'told', 'added', 'stated', 'announced', 'reported', 'estimated', 'confirmed', 'wrote'],
  articles: ['the'],
  demonymEndings: ['ian', 'ians', 'an', 'ans', 'ean', 'eans', 'ese', 'nese', 'ish', 'i', 'is'],
};

const RU: NameWords = {
  notNames: [
    'в', 'во', 'на', 'по', 'с', 'со', 'к', 'ко', 'о', 'об', 'от', 'до', 'из', 'за', 'для', 'при', 'и', 'а', 'но', 'или', 'как', 'что',
    'это', 'этот', 'эта', 'эти', 'он', 'она', 'они', 'оно', 'мы', 'я', 'его', 'ее', 'её', 'их', 'по', 'также', 'однако', 'кроме',
    'после', 'перед', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'ранее', 'сейчас',
  ],
  connectors: [],
  kindBefore: {
    person: ['президент', 'министр', 'глава', 'лидер', 'председатель', 'представитель', 'генерал', 'посол', 'координатор'],
    place: ['в', 'во', 'порт', 'порту', 'город', 'городе', 'станции', 'станция'],
    vessel: ['судно', 'судна', 'корабль', 'сухогруз', 'сухогруза'],
    org: ['агентство', 'министерство', 'служба'],
  },
  orgParts: ['министерство', 'минобороны', 'агентство', 'служба', 'совет', 'комитет', 'управление', 'партия', 'институт', 'университет'],
  speechAfter: ['сказал', 'сказала', 'заявил', 'заявила', 'сообщил', 'сообщила', 'отметил', 'отметила'],
  articles: [],
  demonymEndings: [],
};

/** The tables by language; a language not here proposes no names. */
export const NAME_WORDS: Record<string, NameWords> = { en: EN, ru: RU };
