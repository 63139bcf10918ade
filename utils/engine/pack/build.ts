/**
 * Building a pack from a folder's worth of sources (`tally pack build`) and filling in claims
 * for a pack that has only texts. Pure: the caller reads the files.
 */
import { articleTextFromHtml, isProbablyHtml } from '../../../cli/article-text';
import { hostLabel } from '../../model/safe-url';
import { proposeTopic, refineTopic, topicIdFrom } from '../topics/propose';
import { withArticleClaims } from './claims';
export { parseTopic } from './index';
import { isIsoDate, PackError, parsePack, PACK_FORMAT, PACK_VERSION, type Pack, type PackArticle, type PackTopic } from './index';

/** One entry of a folder's `index.json` (the shape of seeds/index.json). */
export interface IndexEntry {
  file: string;
  /** The outlet; without one, the page's own (og:site_name and the like), else its host or file name. */
  outlet?: string | null;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  language?: string | null;
  byline?: string | null;
  dateline?: string | null;
  note?: string | null;
  topic?: string | null;
  wire?: string | null;
}

/** The wire service an outlet name declares reprinting ("Aggregator site reprinting Agence France-Presse (...)"). */
export function declaredWire(outlet: string): string | null {
  return /\breprint(?:ing|s)?\s+(?:of\s+)?(.+?)(?:\s*\(|$)/i.exec(outlet)?.[1]?.trim() || null;
}

/** An article id from its file name: "yonhap-2023-10-14.txt" → "yonhap-2023-10-14". */
export function articleIdFromFile(file: string): string {
  return file
    .replace(/\.[^.]+$/, '')
    .replace(/[^A-Za-z0-9._:#-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '');
}

/**
 * A pack from an index, the files it names (name → content, text or HTML) and the topics.
 * Articles keep their `file`; HTML is reduced to its article text. The first topic is proposed
 * from the articles (their shared names and spellings) and refined by a written one when given;
 * without one it is named after the pack. Claims are left out unless `withClaims` (an import
 * computes them), so the shipped pack does not go stale when the extractor improves. The result
 * is validated like any other pack.
 */
export function buildPack(input: {
  index: { articles: IndexEntry[] };
  files: ReadonlyMap<string, string>;
  topics: PackTopic[];
  name?: string;
  origin?: PackArticle['origin'];
  withClaims?: boolean;
  /** Told when an HTML file was read in a simpler way than usual (see articleTextFromHtml). */
  onNote?: (file: string, note: string) => void;
}): Pack {
  const texts = input.index.articles.map((entry, i) => {
    const content = input.files.get(entry.file);
    if (content === undefined) throw new PackError(`file "${entry.file}" is listed in index.json but missing`, `articles[${i}].file`);
    const html = isProbablyHtml(content) ? articleTextFromHtml(content) : null;
    if (html?.note) input.onNote?.(entry.file, html.note);
    return { text: (html ? html.text : content).trim(), title: html?.title ?? null, page: html?.metadata };
  });
  const [written, ...others] = input.topics;
  const proposed = proposeTopic(
    input.index.articles.map((entry, i) => ({ text: texts[i].text, language: entry.language, outlet: entry.outlet })),
    { id: written?.id ?? topicIdFrom(input.name ?? 'corpus') },
  );
  const topics = [written ? refineTopic(proposed, written) : proposed, ...others];
  const defaultTopic = topics[0].id;
  const articles: PackArticle[] = input.index.articles.map((entry, i) => {
    const { text, title, page } = texts[i];
    // What index.json says wins; what the page's own tags say fills the rest.
    const outlet = entry.outlet || page?.outlet || hostLabel(page?.url) || articleIdFromFile(entry.file);
    const article: PackArticle = {
      id: articleIdFromFile(entry.file),
      file: entry.file,
      topic: entry.topic ?? defaultTopic,
      outlet,
      title: entry.title ?? (page?.title || title),
      url: entry.url ?? (page?.url || null),
      published: entry.published ?? (isIsoDate(page?.published ?? '') ? page!.published : null),
      language: entry.language ?? (/^[a-z]{2,3}$/.test(page?.language ?? '') ? page!.language : 'en'),
      byline: entry.byline ?? (page?.byline || null),
      dateline: entry.dateline ?? null,
      origin: input.origin ?? 'default',
      ...(entry.note ? { note: entry.note } : {}),
      ...((entry.wire ?? declaredWire(outlet)) ? { wire: entry.wire ?? declaredWire(outlet) } : {}),
      text,
    };
    return input.withClaims ? withArticleClaims(article) : article;
  });
  return parsePack({ format: PACK_FORMAT, version: PACK_VERSION, ...(input.name ? { name: input.name } : {}), topics, articles });
}
