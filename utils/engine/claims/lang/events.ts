/**
 * The matcher's words, per language: the events a figure counts ("550 drones launched" and
 * "270 drones shot down" count different things), the words by which a report calls its figure
 * a revision ("raising an earlier toll of 23"), and the words that end a clause. Lower case;
 * a phrase matches as consecutive words. Korean has no spaces between a noun and its ending,
 * so its entries match as the start of a word.
 */

/** The languages these tables cover. */
export const EVENT_LANGS = ['en', 'ru', 'ko', 'es', 'de'] as const;
/** One of those languages. */
export type EventLang = (typeof EVENT_LANGS)[number];

/** Event → the words that name it. The event is part of what is counted. */
export type EventTable = Record<string, string[]>;

export const EVENT_WORDS: Record<EventLang, EventTable> = {
  en: {
    death: ['killed', 'dead', 'died', 'deaths', 'death toll', 'toll', 'fatalities', 'fatality', 'perished', 'lives lost', 'lives', 'bodies', 'confirmed dead', 'killing'],
    injury: ['injured', 'wounded', 'hurt', 'injuries', 'injuring'],
    missing: ['missing', 'unaccounted', 'unaccounted for', 'not yet found', 'still unaccounted'],
    evacuation: ['evacuated', 'evacuate', 'evacuation', 'displaced', 'fled'],
    launch: ['launched', 'fired', 'launching', 'firing'],
    interception: ['shot down', 'intercepted', 'downed', 'destroyed in the air', 'neutralised', 'neutralized'],
    unloading: ['offloaded', 'unloaded', 'offloading', 'unloading'],
    loading: ['loaded', 'loading'],
    pledge: ['pledged', 'promised', 'pledging', 'promising'],
    containment: ['contained', 'containment'],
    search: ['searched', 'search', 'searching', 'combed'],
  },
  ru: {
    death: ['погибли', 'погибших', 'погиб', 'убиты', 'убито', 'жертв', 'погибло', 'смертей'],
    injury: ['ранены', 'раненых', 'пострадали', 'пострадавших', 'ранено'],
    missing: ['пропали', 'пропавших', 'без вести'],
    launch: ['запустила', 'запустили', 'выпустила', 'выпустили', 'запущено'],
    interception: ['сбиты', 'сбито', 'сбили', 'перехвачены', 'уничтожены'],
    unloading: ['выгружены', 'разгружены'],
    loading: ['погружены', 'загружены'],
    pledge: ['пообещали', 'пообещал', 'обещали', 'обещано'],
    containment: ['локализован', 'локализовано', 'локализован на'],
    search: ['обследовано', 'обыскано', 'поиски'],
  },
  ko: {
    death: ['사망', '숨진', '숨졌', '희생'],
    injury: ['부상', '다친', '다쳤'],
    missing: ['실종'],
    launch: ['발사'],
    interception: ['격추', '요격'],
    unloading: ['하역'],
    loading: ['선적'],
    pledge: ['약속'],
    containment: ['진화율', '진압'],
    search: ['수색'],
  },
  es: {
    death: ['muertos', 'muertas', 'murieron', 'fallecidos', 'fallecidas', 'fallecieron', 'víctimas mortales', 'muerte', 'muertes', 'balance de muertos'],
    injury: ['heridos', 'heridas', 'lesionados'],
    missing: ['desaparecidos', 'desaparecidas', 'paradero desconocido'],
    evacuation: ['evacuados', 'evacuadas', 'evacuación', 'desplazados'],
    launch: ['lanzó', 'lanzaron', 'disparó', 'dispararon'],
    interception: ['derribados', 'derribó', 'interceptados', 'interceptó'],
    unloading: ['descargados', 'descargaron'],
    loading: ['cargados', 'cargaron'],
    pledge: ['prometió', 'prometieron', 'comprometió'],
    containment: ['contenido', 'contención', 'controlado'],
    search: ['búsqueda', 'rastreado', 'registrado'],
  },
  de: {
    death: ['tote', 'toten', 'getötet', 'starben', 'gestorben', 'ums leben', 'todesopfer', 'todesopfern', 'opferzahl'],
    injury: ['verletzte', 'verletzten', 'verletzt', 'verwundet'],
    missing: ['vermisst', 'vermisste', 'vermissten'],
    evacuation: ['evakuiert', 'evakuierung', 'vertrieben'],
    launch: ['abgefeuert', 'gestartet', 'feuerte'],
    interception: ['abgeschossen', 'abgefangen'],
    unloading: ['entladen'],
    loading: ['verladen', 'geladen'],
    pledge: ['zugesagt', 'versprochen'],
    containment: ['eingedämmt', 'unter kontrolle'],
    search: ['durchsucht', 'suche'],
  },
};

/** Words by which a report calls its figure a revision of an earlier one. */
export const REVISION_WORDS: Record<EventLang, string[]> = {
  en: ['raising', 'raised', 'revised', 'updated', 'rose to', 'risen to', 'climbed to', 'jumped to', 'up from', 'down from', 'lowered', 'earlier toll', 'previous toll', 'previously reported', 'earlier estimate', 'previous estimate', 'now stands at', 'increased to', 'dropped to', 'fell to'],
  ru: ['выросло до', 'возросло до', 'увеличилось до', 'ранее сообщалось', 'уточнили', 'обновили'],
  ko: ['늘어난', '늘었', '상향', '수정'],
  es: ['elevó', 'elevaron', 'aumentó a', 'subió a', 'ascendió a', 'revisó', 'actualizó', 'cifra anterior', 'balance anterior'],
  de: ['stieg auf', 'erhöhte', 'korrigierte', 'vorherige', 'frühere zahl', 'aktualisierte'],
};

/** Words that end the clause a figure stands in (beside punctuation). */
export const CLAUSE_BREAKS: Record<EventLang, string[]> = {
  en: ['and', 'but', 'while', 'whereas', 'although', 'including', 'which', 'as'],
  ru: ['и', 'а', 'но', 'включая', 'который', 'которые'],
  ko: [],
  es: ['y', 'pero', 'mientras', 'aunque', 'incluidos', 'incluidas', 'que', 'como'],
  de: ['und', 'aber', 'während', 'obwohl', 'darunter', 'wie'],
};

/** Words right after a figure that carry its clause on rather than end it ("86% of which were residential": what the 86% are is after them). */
export const PARTITIVE_AFTER: Record<EventLang, string[]> = {
  en: ['of which', 'of whom'],
  ru: ['из которых', 'из них'],
  ko: [],
  es: ['de los cuales', 'de las cuales'],
  de: ['davon', 'von denen'],
};

/** Words right before a figure that make it the earlier one of a revision ("up from 23", "an earlier toll of 23"). */
export const PRIOR_WORDS: Record<EventLang, string[]> = {
  en: ['from', 'earlier', 'previous', 'previously', 'earlier toll of', 'previous toll of', 'earlier estimate of', 'from estimates of', 'from an estimate of', 'from earlier estimates of', 'from an estimated'],
  ru: ['с', 'ранее', 'прежних'],
  ko: ['기존'],
  es: ['cifra anterior de', 'balance anterior de', 'frente a los', 'frente a las'],
  de: ['von zuvor', 'nach zuvor', 'statt bisher'],
};

/** Units that qualify what is counted when they follow it ("rounds of 152 mm shells" are not "rounds of 122 mm shells"). */
export const QUALIFYING_UNITS: Record<EventLang, string[]> = {
  en: ['mm', 'millimetre', 'millimeter', 'millimetres', 'millimeters', 'cm', 'calibre', 'caliber'],
  ru: ['мм', 'калибра'],
  ko: ['mm', '밀리'],
  es: ['mm', 'milímetros', 'calibre'],
  de: ['mm', 'millimeter', 'kaliber'],
};

/** Words that, right after "120 mm", show it is an amount ("of rain", "in a day"), not a calibre naming a noun. */
export const NOT_A_NOUN_AFTER: Record<EventLang, string[]> = {
  en: ['of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'per', 'a', 'an', 'the', 'was', 'were', 'is', 'are', 'fell', 'long', 'wide', 'high', 'deep', 'thick', 'or', 'more', 'less', 'than'],
  ru: ['в', 'на', 'за', 'из', 'до', 'от', 'осадков'],
  ko: [],
  es: ['de', 'en', 'por', 'para', 'a', 'o', 'más', 'menos'],
  de: ['in', 'an', 'auf', 'pro', 'je', 'oder', 'mehr', 'weniger', 'regen'],
};

/** Units that count people; a figure in one of them is a count of people ("61 fatalities", "80 lives", "13,000 residents"). */
export const PEOPLE_UNITS: Record<EventLang, string[]> = {
  en: ['person', 'people', 'resident', 'individual', 'victim', 'fatality', 'life', 'lives', 'death', 'body', 'casualty', 'dead', 'name'],
  ru: ['человек', 'жертва', 'житель'],
  ko: ['명', '사람', '주민'],
  // (Their lexicons already read their words for people as "person" and "resident".)
  es: [],
  de: [],
};

/** Unit words reports use for one another: "2,000 tons of ammunition" is tonnes written loosely; troops are soldiers; structures are buildings. */
export const UNIT_SYNONYMS: Record<EventLang, Record<string, string>> = {
  en: { ton: 'tonne', troop: 'soldier', structure: 'building' },
  ru: {},
  ko: {},
  es: {},
  de: {},
};

/** Words that make a span of time a record ("the deadliest wildfire in more than a century", "the worst in 100 years"). */
export const RECORD_WORDS: Record<EventLang, string[]> = {
  en: ['deadliest', 'worst', 'largest', 'biggest', 'most', 'costliest', 'highest', 'lowest', 'strongest', 'greatest', 'heaviest', 'longest', 'first', 'record'],
  ru: ['самый', 'самая', 'самое', 'самым', 'крупнейший', 'крупнейшая', 'худший', 'худшая', 'впервые', 'рекордный'],
  ko: ['최악', '최대', '최고', '처음', '역대'],
  es: ['peor', 'primera', 'récord', 'mortífero', 'mortífera'],
  de: ['schlimmste', 'schlimmsten', 'größte', 'größten', 'tödlichste', 'tödlichsten', 'erste', 'ersten', 'rekord'],
};

/** Words before a year that make it the start of a span up to now ("the deadliest since 1918"), not a past moment. */
export const SINCE_WORDS: Record<EventLang, string[]> = {
  en: ['since'],
  ru: ['с', 'со'],
  ko: [],
  es: ['desde'],
  de: ['seit'],
};

/** Words right before a figure that make it the level a count moved to ("rose to 99"), not the change ("rose by 300"). */
export const LEVEL_WORDS: Record<EventLang, string[]> = {
  en: ['to'],
  ru: ['до'],
  ko: [],
  es: ['hasta'],
  de: ['auf'],
};
