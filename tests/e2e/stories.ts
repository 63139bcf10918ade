/**
 * Two made-up stories, written for the tests, that no seed or topic file knows: what Tally knows
 * of them comes only from their reports. The Chromium and Firefox tests both use them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackFromDir } from '../../cli/pack';
import { newsPage } from '../../scripts/demo-pages';

/** Three reports of an iced-in port, as a folder with an index.json and no topic.json; its pack. */
export function marinskPack(dir: string) {
  const story = [
    ['marinsk-gazette.txt', 'Marinsk Gazette', '2025-03-10', 'Ice closed the Port of Marinsk on Monday. Harbour master Ivo Radić said about 3,200 containers were stuck on the quays, and the Kestrel Line suspended its ferries to Tarnova.'],
    ['tarnova-news.txt', 'Tarnova News', '2025-03-11', 'The Kestrel Line said its ferries between Tarnova and the Port of Marinsk would stay in port. Ivo Radić, the harbour master, said 3,200 containers were waiting.'],
    ['coast-daily.txt', 'Coast Daily', '2025-03-12', 'Icebreakers reached the Port of Marinsk, where Ivo Radić said 3,200 containers had waited since Monday; the Kestrel Line resumed sailings to Tarnova.'],
  ];
  mkdirSync(dir, { recursive: true });
  for (const [file, , , text] of story) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ articles: story.map(([file, outlet, published]) => ({ file, outlet, published })) }));
  return buildPackFromDir(dir);
}

/** The outlets of `marinskPack`. */
export const MARINSK_OUTLETS = ['Marinsk Gazette', 'Tarnova News', 'Coast Daily'];

/** A fourth report of the port's story, naming it as the pack does. */
export const marinskPage = () =>
  newsPage({
    title: 'Marinsk waits for the thaw',
    outlet: 'Harbour Watch',
    published: '2025-03-12',
    articleHtml: '<p>Some 3,200 containers remain stuck in the Port of Marinsk, harbour master Ivo Radić said, and the Kestrel Line has yet to sail to Tarnova.</p><p>Traders said the delay was the longest in a decade, and exporters asked the port to clear the quays before the spring harvest.</p>',
  });

/** A report that spells the port another way ("Marynsk"): on the topic only once that spelling is added. */
export const marynskPage = () =>
  newsPage({
    title: 'Ferries stay in port',
    outlet: 'Harbour Watch',
    published: '2025-03-12',
    articleHtml: '<p>About 3,200 containers are stuck at Marynsk, the Kestrel Line said, as its ferries to Tarnova stayed in port for a third day.</p><p>Traders said the delay was the longest in a decade, and exporters asked the port to clear the quays before the spring harvest.</p>',
  });

const floodPage = (title: string, outlet: string, published: string, paragraphs: string[]) =>
  newsPage({ title, outlet, published, extraHead: `<meta property="og:site_name" content="${outlet}">`, articleHtml: paragraphs.map((p) => `<p>${p}</p>`).join('') });

/** A flood: two pages to add by hand (their names propose the topic), then a third that states their figure. */
export const FLOOD_PAGES = {
  added: [
    floodPage('Floods close the Vorskla dam', 'Valley Courier', '2025-05-02', [
      'Floodwater forced the Danube Authority to open the Vorskla dam above Velikograd on Thursday, Mayor Anna Petrova said.',
      'Petrova said 640 homes in Velikograd were under water and the Danube Authority expected the river to crest on Saturday.',
    ]),
    floodPage('Velikograd counts the cost', 'Evening Ledger', '2025-05-03', [
      'In Velikograd, Anna Petrova told reporters that the Vorskla had reached its highest level in a century.',
      'The Danube Authority said the dam would stay open until the Vorskla fell below its banks.',
    ]),
  ],
  third: floodPage('Rescuers reach flooded streets', 'River Post', '2025-05-03', [
    'About 640 homes in Velikograd are flooded, Mayor Anna Petrova said, as the Danube Authority kept the Vorskla dam open.',
    'Boats from neighbouring towns joined the rescue on Saturday morning, and volunteers filled sandbags along the embankment.',
    'Forecasters expect the rain to ease by Monday, though the river will stay high for days.',
  ]),
};
