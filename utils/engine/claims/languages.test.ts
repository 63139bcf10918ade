/** Russian and Korean tables: a figure is the same figure in any language (value, hedge, unit). */
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from './index';
import { languageOfText } from './extract';

type Row = [language: string, text: string, expected: Partial<Claim>];

describe('the same figure in Russian and Korean', () => {
  const table: Row[] = [
    ['ru', 'КНДР отправила в Россию более 1000 контейнеров с военной техникой, заявил Кирби.',
      { quote: 'более 1000 контейнеров', value: 1000, qualifier: 'more-than', hedge: 'более', unit: 'container', attribution: 'Кирби' }],
    // The credit after the verb, behind a role and the body it speaks for.
    ['ru', 'Пхеньян передал Москве около 300 контейнеров, сообщил пресс-секретарь Министерства обороны Иван Петров.',
      { value: 300, qualifier: 'about', unit: 'container', attribution: 'Иван Петров' }],
    ['ru', 'По словам Петрова, на складе хранится около 300 контейнеров.', { value: 300, attribution: 'Петрова' }],
    ['ru', 'Склад находится примерно в 290 километрах от границы.', { value: 290, qualifier: 'about', unit: 'kilometre' }],
    ['ru', 'С июля отправлено около 7 тысяч контейнеров.', { value: 7000, qualifier: 'about', unit: 'container' }],
    ['ru', 'Более миллиона артиллерийских снарядов отправлено в Россию.', { value: 1e6, qualifier: 'more-than', unit: 'artillery shell' }],
    ['ru', 'Рост составил 1,5 процента.', { value: 1.5, unit: 'percent' }],
    ['ko', '북한이 러시아에 컨테이너 1천여 개 분량의 군사 장비를 보냈다.',
      { quote: '컨테이너 1천여 개', value: 1000, qualifier: 'more-than', unit: 'container' }],
    ['ko', '국방부는 약 7천 개의 컨테이너가 보내졌다고 밝혔다.', { value: 7000, qualifier: 'about', unit: 'container', attribution: '국방부' }],
    ['ko', '포탄 100만 발 이상을 보낸 것으로 추정된다.', { value: 1e6, qualifier: 'at-least', unit: 'artillery shell' }],
    // Where it went is not what it counts; the noun after a counter is; the speaker is the whole phrase before the topic ending.
    ['ko', '홍길동 해양수산부 대변인은 항구로 선박 40여 척이 들어왔다고 말했다.', { quote: '선박 40여 척이', value: 40, unit: 'ship', attribution: '홍길동 해양수산부 대변인' }],
    ['ko', '세관은 부산에 5백여 개 컨테이너 분량의 화물이 도착했다고 밝혔다.', { quote: '5백여 개 컨테이너', value: 500, unit: 'container', attribution: '세관' }],
    // "According to X" stands after X; a leading date or time word is when, not who.
    ['ko', '해양경찰청에 따르면 선박 12척이 구조되었다.', { value: 12, unit: 'ship', attribution: '해양경찰청' }],
    ['ko', '지난달 세관은 컨테이너 약 2천 개를 검사했다고 말했다.', { value: 2000, unit: 'container', attribution: '세관' }],
    // Scale, hedge and counter glued to the digits read as when written apart.
    ['ko', '항구에는 컨테이너 3천여개가 쌓여 있다.', { quote: '컨테이너 3천여개가', value: 3000, qualifier: 'more-than', unit: 'container' }],
    ['ko', '항구로 선박 9척이 돌아왔다.', { quote: '선박 9척이', value: 9, qualifier: 'exact', unit: 'ship' }],
    // Spanish and German: thousands with a dot, decimals with a comma, their own hedges, credits and dates.
    ['es', 'Más de 3.400 viviendas quedaron sin luz, según la compañía eléctrica.', { quote: 'Más de 3.400 viviendas', value: 3400, qualifier: 'more-than', unit: 'home', attribution: 'compañía eléctrica' }],
    ['es', 'Al menos 14 personas resultaron heridas, dijo la alcaldesa Ana Ruiz.', { value: 14, qualifier: 'at-least', unit: 'person', attribution: 'Ana Ruiz' }],
    ['es', 'Los daños ascienden a unos 2,5 millones de euros.', { value: 2.5e6, qualifier: 'about' }],
    ['de', 'Rund 3.400 Haushalte hatten keinen Strom, sagte Bürgermeisterin Anna Roth.', { value: 3400, qualifier: 'about', attribution: 'Anna Roth' }],
    ['de', 'Laut der Feuerwehr wurden mehr als 60 Gebäude beschädigt.', { quote: 'mehr als 60 Gebäude', value: 60, qualifier: 'more-than', unit: 'building', attribution: 'Feuerwehr' }],
    ['de', 'Der Schaden beträgt knapp 2,5 Millionen Euro.', { value: 2.5e6, qualifier: 'about' }],
  ];
  it.each(table)('%s: %s', (language, text, expected) => {
    const claims = extractClaims(text, { language, published: '2023-10-16' }).filter((c) => c.unit !== 'date');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject(expected);
    expect(text.slice(claims[0].start, claims[0].end)).toBe(claims[0].quote);
  });

  it('matches the English figure: "more than 1,000 containers" = "более 1000 контейнеров" = "컨테이너 1천여 개"', () => {
    const key = (c: Claim): unknown[] => [c.value, c.low, c.high, c.qualifier, c.unit];
    const en = extractClaims('They sent more than 1,000 containers.')[0];
    const ru = extractClaims('Они отправили более 1000 контейнеров.', { language: 'ru' })[0];
    const ko = extractClaims('컨테이너 1천여 개를 보냈다.', { language: 'ko' })[0];
    expect(key(ru)).toEqual(key(en));
    expect(key(ko)).toEqual(key(en));
  });
});

describe('dates in Russian and Korean', () => {
  const table: Row[] = [
    ['ru', 'Учения прошли с 3 по 6 мая у побережья.', { quote: 'с 3 по 6 мая', low: '2024-05-03', high: '2024-05-06', qualifier: 'range' }],
    ['ru', 'Учения прошли 3-6 мая у побережья.', { low: '2024-05-03', high: '2024-05-06' }],
    ['ru', 'Паром ходил в феврале.', { quote: 'феврале', low: '2024-02-01', high: '2024-02-29' }],
    ['ru', 'Паром ходил в конце февраля.', { low: '2024-02-21', high: '2024-02-29' }],
    ['ru', 'Паром ходил с января по март.', { low: '2024-01-01', high: '2024-03-31' }],
    ['ru', 'Паром ходил в 2019 году.', { quote: '2019', low: '2019-01-01', high: '2019-12-31' }],
    ['ko', '훈련은 2022년 4월 3일 시작됐다.', { quote: '2022년 4월 3일', low: '2022-04-03', high: '2022-04-03', qualifier: 'exact' }],
    ['ko', '훈련은 5월 3~6일 진행됐다.', { low: '2024-05-03', high: '2024-05-06', qualifier: 'range' }],
    ['ko', '훈련은 5월 3일부터 6일까지 진행됐다.', { low: '2024-05-03', high: '2024-05-06' }],
    ['ko', '여객선은 2월에 멈췄다.', { quote: '2월에', low: '2024-02-01', high: '2024-02-29' }],
    ['ko', '여객선은 2019년에 멈췄다.', { low: '2019-01-01', high: '2019-12-31' }],
    ['ko', '여객선은 2021-06-30 멈췄다.', { low: '2021-06-30', high: '2021-06-30' }],
  ];
  it.each(table)('%s: %s', (language, text, expected) => {
    const dates = extractClaims(text, { language, published: '2024-05-20' }).filter((c) => c.unit === 'date');
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject(expected);
  });

  it('Russian: a name then how often is a count; a resolution number is a label', () => {
    expect(extractClaims('Танкер заходил в порт Находка 12 раз.', { language: 'ru' })).toMatchObject([{ quote: '12 раз', value: 12 }]);
    expect(extractClaims('Совбез принял Резолюцию 2397 единогласно.', { language: 'ru' }).filter((c) => c.unit !== 'date')).toEqual([]);
  });
});

describe('the language told by the letters, when none is given', () => {
  it('reads Russian and Korean with their own tables, and Latin text as English', async () => {
    const { languageOfText } = await import('./extract');
    expect(languageOfText('Северная Корея отправила более 1000 контейнеров.')).toBe('ru');
    expect(languageOfText('북한이 컨테이너 1천여 개를 보냈다.')).toBe('ko');
    expect(languageOfText('North Korea sent more than 1,000 containers to Россия.')).toBe('en');
    expect(extractClaims('Северная Корея отправила более 1000 контейнеров.')[0]).toMatchObject({ qualifier: 'more-than', unit: 'container' });
    // A template's lang="en" on a Russian article: the letters win.
    expect(extractClaims('Северная Корея отправила более 1000 контейнеров.', { language: 'en' })[0]).toMatchObject({ qualifier: 'more-than', unit: 'container' });
  });
  it('maps a counted noun to its English unit through the tables', async () => {
    const { canonicalNoun } = await import('./canonical-noun');
    expect([canonicalNoun('контейнеров'), canonicalNoun('포탄을'), canonicalNoun('containers'), canonicalNoun('зерна')]).toEqual(['container', 'artillery shell', null, null]);
  });
});

describe('dates in Spanish and German', () => {
  it.each([
    ['es', 'La tormenta llegó el 3 de marzo de 2021 a la costa.', '2021-03-03'],
    ['de', 'Der Sturm erreichte am 3. März die Küste.', '2021-03-03'],
  ])('%s: %s', (language, text, iso) => {
    const dates = extractClaims(text, { language, published: '2021-03-10' }).filter((c) => c.unit === 'date');
    expect(dates.map((c) => c.value)).toEqual([iso]);
  });
});

describe('the language of a text in Latin letters', () => {
  it.each([
    ['es', 'Las autoridades dijeron que el incendio destruyó más de 300 casas en la costa y que los vecinos fueron evacuados.'],
    ['de', 'Die Behörden sagten, dass das Feuer mehr als 300 Häuser an der Küste zerstört hat und die Anwohner evakuiert wurden.'],
    ['en', 'The authorities said the fire destroyed more than 300 homes on the coast and that residents were evacuated.'],
  ])('%s', (language, text) => expect(languageOfText(text)).toBe(language));
});
