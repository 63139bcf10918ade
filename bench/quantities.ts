/**
 * `npm run bench:quantities -- PATH [--errors]`: scores the claims engine on NewsQuant
 * (590 news sentences, 904 labelled quantities) the way the CQE paper (EMNLP 2023) does:
 * a predicted quantity counts when its value matches a gold value of the same sentence
 * (relative tolerance 1e-5; ranges and orders of magnitude as (low, high) pairs); value+unit
 * also needs the normalised unit, value+change the change symbol (=, ~, >, <, up, down).
 * Each gold quantity and each prediction is matched at most once (the main table); the quirkier
 * loop of CQE's own evaluate_models.py is printed beside it. Date claims are not quantities and
 * are left out. `--errors` prints every miss and false alarm.
 */
import { readFileSync } from 'node:fs';
import { extractClaims, type Claim } from '../utils/engine/claims/index';

interface GoldQuantity {
  change: string;
  value: string;
  unit: string;
  normalized_unit: string;
}
interface GoldSentence {
  text: string;
  quantities: GoldQuantity[];
}
type Value = number | [number, number];

// Our canonical unit names → NewsQuant's normalised names, where they differ.
const UNIT_NAMES: Record<string, string> = {
  percent: 'percentage',
  '': '-',
  person: 'people',
  pound: 'pound-mass',
  'kilometre per hour': 'kilometre per hour',
  'percentage point': 'percentage point',
  'basis point': 'basis point',
  fraction: '% -',
  // NewsQuant names the tonne "metric ton" ("12.3m tonnes of jet fuel"); its "ton" is the short
  // ton, which our engine keeps apart as "ton" ("1.2m tons of ilmenite") and maps to itself.
  tonne: 'metric ton',
  'metric horsepower': 'metric horsepower',
  penny: 'penny',
  time: 'count',
  gigatonne: 'gigaton',
};

function goldValue(v: string): Value {
  if (!v.includes('E') && !v.startsWith('-') && v.includes('-')) {
    const [a, b] = v.split('-');
    return [Number(a), Number(b)];
  }
  return Number(v);
}

function ourValue(c: Claim): Value {
  const w = c.asWritten;
  if (c.qualifier === 'range' || c.qualifier === 'magnitude') return [w?.low ?? (c.low as number), w?.high ?? (c.high as number)];
  return w?.value ?? (c.value as number);
}

function ourUnit(c: Claim): string {
  let unit = c.asWritten?.unit ?? c.unit;
  // "dollar per barrel": map each side.
  unit = unit.split(' per ').map((u) => UNIT_NAMES[u] ?? u).join(' per ');
  return unit.toLowerCase();
}

// A hedged range ("~25 – 40min", "about 2000 - 2500 Calories") takes its hedge's symbol.
const HEDGE_SYMBOLS: Array<[RegExp, string]> = [
  [/^(?:about|around|roughly|approximately|approx|some|an estimated|estimated|circa|nearly|almost|close to|~)$/i, '~'],
  [/^(?:more than|over|above|at least|upwards of|in excess of)$/i, '>'],
  [/^(?:less than|fewer than|under|below|up to|as many as|at most)$/i, '<'],
];

function ourChange(c: Claim): string {
  if (c.qualifier === 'range' && c.hedge) for (const [re, sym] of HEDGE_SYMBOLS) if (re.test(c.hedge)) return sym;
  switch (c.qualifier) {
    case 'about':
      return '~';
    case 'more-than':
    case 'at-least':
      return '>';
    case 'less-than':
    case 'up-to':
      return '<';
    default:
      return c.direction ?? '=';
  }
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
function valuesMatch(gold: Value, ours: Value): boolean {
  if (Array.isArray(gold) !== Array.isArray(ours)) return false;
  if (Array.isArray(gold) && Array.isArray(ours)) return close(ours[0], gold[0]) && close(ours[1], gold[1]);
  return close(ours as number, gold as number);
}

const score = (tp: number, gold: number, predicted: number): [number, number, number] => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p * 100, r * 100, f * 100];
};

function main(): void {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--'));
  const showErrors = args.includes('--errors');
  if (!path) {
    console.error('usage: npm run bench:quantities -- PATH/newsquant.json [--errors]');
    process.exit(2);
  }
  let data: GoldSentence[];
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as GoldSentence[];
  } catch (error) {
    console.error(`cannot read ${path}: ${(error as Error).message}`);
    process.exit(1);
  }
  let goldTotal = 0;
  let predictedTotal = 0;
  let tpValue = 0;
  let tpUnit = 0;
  let tpChange = 0;
  const started = performance.now();
  for (const sentence of data) {
    const claims = extractClaims(sentence.text).filter((c) => c.unit !== 'date');
    const predictions = claims.map((c) => ({ claim: c, value: ourValue(c), unit: ourUnit(c), change: ourChange(c), used: false }));
    goldTotal += sentence.quantities.length;
    predictedTotal += predictions.length;
    const misses: string[] = [];
    for (const q of sentence.quantities) {
      const gv = goldValue(q.value);
      const gu = q.normalized_unit.toLowerCase();
      const candidates = predictions.filter((p) => !p.used && valuesMatch(gv, p.value));
      const best = candidates.find((p) => p.unit === gu && p.change === q.change) ?? candidates.find((p) => p.unit === gu) ?? candidates.find((p) => p.change === q.change) ?? candidates[0];
      if (!best) {
        misses.push(`  miss   ${q.change} ${q.value} ${q.normalized_unit}`);
        continue;
      }
      best.used = true;
      tpValue++;
      if (best.unit === gu) tpUnit++;
      else misses.push(`  unit   ${q.value}: gold "${gu}", ours "${best.unit}"`);
      if (best.change === q.change) tpChange++;
      else misses.push(`  change ${q.value}: gold ${q.change}, ours ${best.change}`);
    }
    for (const p of predictions) if (!p.used) misses.push(`  extra  "${p.claim.quote}" ${JSON.stringify(p.value)} ${p.unit} ${p.change}`);
    if (showErrors && misses.length) console.log(`> ${sentence.text}\n${misses.join('\n')}`);
  }
  const elapsed = performance.now() - started;
  const script = cqeScript(data);
  const rows: Array<[string, [number, number, number]]> = [
    ['value', score(tpValue, goldTotal, predictedTotal)],
    ['value+unit', score(tpUnit, goldTotal, predictedTotal)],
    ['value+change', score(tpChange, goldTotal, predictedTotal)],
  ];
  const f = (n: number): string => n.toFixed(1).padStart(5);
  console.log(`NewsQuant: ${data.length} sentences, ${goldTotal} gold quantities, ${predictedTotal} predicted (${elapsed.toFixed(0)} ms)\n`);
  console.log('metric          P      R      F1   | published F1: CQE  quantulum3  Recognizers  GPT-3');
  const published: Record<string, string> = {
    value: '91.9     73.1        69.1     70.6',
    'value+unit': '85.5     47.1        34.2     59.1',
    'value+change': '88.0       –           –      51.9',
  };
  for (const [name, [p, r, f1]] of rows) console.log(`${name.padEnd(13)} ${f(p)}  ${f(r)}  ${f(f1)}   |              ${published[name]}`);
  console.log('\nThe same predictions counted by the loop of CQE\'s evaluate_models.py (a gold value may be');
  console.log('credited more than once while no prediction of the same value has its unit; see cqeScript):');
  for (const [name, [p, r, f1]] of script) console.log(`${name.padEnd(13)} ${f(p)}  ${f(r)}  ${f(f1)}`);
}

/**
 * The counting loop of CQE_Evaluation/evaluate_models.py (calculate_metrics), reproduced for
 * comparison: golds and predictions sorted by unit; for each gold, predictions are scanned in
 * order; every value match adds a value hit (at most as many as the sentence has golds) and a
 * change hit when the change agrees, and the scan stops at the first prediction whose unit also
 * agrees, which is then used up.
 */
function cqeScript(data: GoldSentence[]): Array<[string, [number, number, number]]> {
  let gold = 0;
  let predicted = 0;
  let value = 0;
  let unit = 0;
  let change = 0;
  for (const sentence of data) {
    const tags = extractClaims(sentence.text).filter((c) => c.unit !== 'date')
      .map((c) => ({ value: ourValue(c), unit: ourUnit(c), change: ourChange(c) }))
      .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
    const golds = [...sentence.quantities].sort((a, b) => (a.normalized_unit < b.normalized_unit ? -1 : a.normalized_unit > b.normalized_unit ? 1 : 0));
    gold += golds.length;
    predicted += tags.length;
    let valuesLeft = golds.length;
    for (const q of golds) {
      const gv = goldValue(q.value);
      const gu = q.normalized_unit.toLowerCase();
      for (let k = 0; k < tags.length; k++) {
        const t = tags[k];
        if (!valuesMatch(gv, t.value)) continue;
        if (valuesLeft > 0) {
          value++;
          valuesLeft--;
        }
        if (t.change === q.change) change++;
        if (t.unit === gu) {
          unit++;
          tags.splice(k, 1);
          break;
        }
      }
    }
  }
  return [['value', score(value, gold, predicted)], ['value+unit', score(unit, gold, predicted)], ['value+change', score(change, gold, predicted)]];
}

main();
