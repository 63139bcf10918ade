/** Russian and Korean tables: a figure is the same figure in any language (value, hedge, unit). */
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from './index';

type Row = [language: string, text: string, expected: Partial<Claim>];

describe('the same figure in Russian and Korean', () => {
  const table: Row[] = [
    ['ru', 'КНДР отправила в Россию более 1000 контейнеров с военной техникой, заявил Кирби.',
      { quote: 'более 1000 контейнеров', value: 1000, qualifier: 'more-than', hedge: 'более', unit: 'container', attribution: 'Кирби' }],
    ['ru', 'Склад находится примерно в 290 километрах от границы.', { value: 290, qualifier: 'about', unit: 'kilometre' }],
    ['ru', 'С июля отправлено около 7 тысяч контейнеров.', { value: 7000, qualifier: 'about', unit: 'container' }],
    ['ru', 'Более миллиона артиллерийских снарядов отправлено в Россию.', { value: 1e6, qualifier: 'more-than', unit: 'artillery shell' }],
    ['ru', 'Рост составил 1,5 процента.', { value: 1.5, unit: 'percent' }],
    ['ko', '북한이 러시아에 컨테이너 1천여 개 분량의 군사 장비를 보냈다.',
      { quote: '컨테이너 1천여 개', value: 1000, qualifier: 'more-than', unit: 'container' }],
    ['ko', '국방부는 약 7천 개의 컨테이너가 보내졌다고 밝혔다.', { value: 7000, qualifier: 'about', unit: 'container', attribution: '국방부' }],
    ['ko', '포탄 100만 발 이상을 보낸 것으로 추정된다.', { value: 1e6, qualifier: 'at-least', unit: 'artillery shell' }],
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
