// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { FigureGroupView } from '../../utils/model/view-models';
import { SearchResults } from './SearchResults';
import { ThisPage } from './ThisPage';
import { figureLabel } from '../../utils/model/format';
import { extractClaims } from '../../utils/engine/claims/index';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

const report = (outlet: string, url: string | null, quote = 'more than 1,000 containers') => ({
  articleId: outlet,
  outlet,
  published: '2023-10-14T03:17:00+09:00',
  quote,
  attribution: 'John Kirby',
  url,
  title: null,
  sentence: `Kirby said North Korea sent ${quote} to Russia.`,
  value: 1000,
  low: 1000,
  high: null,
  direction: null,
});

describe('SearchResults', () => {
  const group = (reports: ReturnType<typeof report>[]): FigureGroupView => ({
    id: 'g',
    label: 'more than 1,000 container',
    unit: 'container',
    measure: 'containers of military equipment',
    reports,
    reportCount: reports.length,
    timeline: [],
    timelineOmitted: 0,
    outletCount: new Set(reports.map((r) => r.outlet)).size,
    points: reports.map(({ published, outlet, quote, value, low, high }) => ({ published, outlet, quote, value, low, high })),
    trend: null,
  });

  it('links only http(s) sources, in a new tab without an opener', () => {
    const root = mount(
      <SearchResults
        query="1000 containers"
        groups={[group([report('Yonhap', 'https://en.yna.co.kr/view/1'), report('Evil', 'javascript:alert(1)'), report('Data', 'data:text/html,x'), report('None', null)])]}
      />,
    );
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://en.yna.co.kr/view/1']);
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toContain('noopener');
  });

  it('renders untrusted quotes as text, never as HTML', () => {
    const root = mount(<SearchResults query="x" groups={[group([report('Pack', null, '<img src=x onerror=alert(1)>')])]} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.quote mark')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('dates the report by its calendar day as written, and credits it', () => {
    const root = mount(<SearchResults query="x" groups={[group([report('Yonhap', null)])]} />);
    expect(root.querySelector('.report-head')!.textContent).toContain('14 Oct 2023');
    expect(root.querySelector('.credit')!.textContent).toBe('credited: John Kirby');
  });

  it('shows four reports, then all on request', async () => {
    const root = mount(<SearchResults query="x" groups={[group(['A', 'B', 'C', 'D', 'E', 'F'].map((o) => report(o, null)))]} />);
    expect(root.querySelectorAll('.report')).toHaveLength(4);
    (root.querySelector('button[aria-expanded="false"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelectorAll('.report')).toHaveLength(6);
  });

  it('says so when nothing matches', () => {
    expect(mount(<SearchResults query="zzz" groups={[]} />).textContent).toContain('No figure in the corpus matches “zzz”');
  });
});

describe('ThisPage', () => {
  // ThisPage reads the quote and the count; the check behind the note is the side panel's.
  const noCheck = { claim: extractClaims('They sent 12 photos.')[0]!, reports: [] };
  it('lists a figure the page repeats once, with how many times, and reveals its first mark', () => {
    const revealed: string[] = [];
    const root = mount(
      <ThisPage
        claims={[
          { id: 'c1', quote: 'more than 1,000 containers', reports: 4, check: noCheck },
          { id: 'c2', quote: 'roughly 290 kilometers', reports: 2, check: noCheck },
          { id: 'c3', quote: 'more than 1,000 containers', reports: 4, check: noCheck },
          { id: 'c4', quote: '12 photos', reports: 0, check: noCheck },
        ]}
        onReveal={(id) => revealed.push(id)}
      />,
    );
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.page-claim')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'more than 1,000 containers (2 times)4 other reports',
      'roughly 290 kilometers2 other reports',
      '12 photosno other report',
    ]);
    buttons[0].click();
    expect(revealed).toEqual(['c1']);
  });

  it('explains a tab it cannot read', () => {
    expect(mount(<ThisPage claims={null} onReveal={() => undefined} />).textContent).toContain('cannot read this tab');
  });
});

describe('figure labels', () => {
  it.each([
    ['more than 1,000 container', 'container', 'more than 1,000 containers'],
    ['roughly 290 kilometre', 'kilometre', 'roughly 290 kilometres'],
    ['3,000 person', 'person', '3,000 people'],
    ['1 vessel', 'vessel', '1 vessel'],
    ['40 percent', 'percent', '40 percent'],
    ['hundreds of thousands of rounds', 'artillery shell', 'hundreds of thousands of rounds'],
  ])('%s (%s) → %s', (label, unit, expected) => {
    expect(figureLabel(label, unit)).toBe(expected);
  });
});
