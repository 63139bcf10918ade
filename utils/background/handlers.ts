/**
 * Every message the background answers, one handler each (the content script's and the popup's
 * and options page's). The background is the corpus's one owner: every read and write goes
 * through it, so its matcher index sees an added or imported article at once and the popup never
 * builds an index of its own. A message of utils/protocol/messages.ts without a handler here does
 * not compile. Wired in entrypoints/background.ts: `handlers: createHandlers(...)`; the import
 * port (a port, not a message) is ./import-port.ts.
 */
import { checkPage } from '../engine/check';
import type { Envelope, MessageName, ResponseOf } from '../protocol/messages';
import type { ArticleSummary, Corpus, DeletedArticle, SearchResult } from '../store/corpus/index';
import type { ArticleRowView, EntityMatchView, FigureGroupView } from '../model/view-models';
import type { Topic } from '../model/topic';
import { findEntityMentions } from '../engine/topics/index';
import { reviveBounds } from '../model/bounds';


function rowOf(article: ArticleSummary): ArticleRowView {
  return {
    id: article.id,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    url: article.url,
    claimCount: article.claimCount,
    own: article.origin === 'user',
  };
}

/** Reports sent per figure: a figure stated by thousands of reports must not make a huge message. */
export const REPORTS_PER_FIGURE = 30;

/**
 * The undo token went out and came back through JSON messaging (Chrome), which turns an open
 * bound (-Infinity / Infinity) into null: put them back, or the restored claims compare as 0.
 */
function reviveOpenBounds(deleted: DeletedArticle): DeletedArticle {
  return { article: deleted.article, claims: deleted.claims.map((c) => ({ ...reviveBounds(c), claim: reviveBounds(c.claim) })) };
}

/** Maps the corpus's search results onto what the popup renders. */
export function toFigureGroups(results: SearchResult[]): FigureGroupView[] {
  return results.map((result, index) => ({
    id: `${index}:${result.unit}:${result.figure}`,
    label: result.figure,
    unit: result.unit,
    measure: result.measure,
    reportCount: result.reportCount ?? result.reports.length,
    reports: result.reports.slice(0, REPORTS_PER_FIGURE).map((hit) => ({
      articleId: hit.articleId,
      outlet: hit.outlet,
      published: hit.published,
      quote: hit.quote,
      sentence: hit.sentence,
      attribution: hit.attribution,
      url: hit.url,
      title: null,
      direction: hit.direction,
    })),
    outletCount: result.outletCount,
    points: result.points.flatMap(({ published, outlet, quote, value, low, high }) =>
      typeof value === 'number' && Number.isFinite(value) ? [{ published, outlet, quote, value, low: finite(low), high: finite(high) }] : [],
    ),
    trend: trendOf(result),
    ...shortTimeline(result),
  }));
}

/** How the figure moved from its first statement to its latest: up, down, or neither (the same, or not numbers). */
function trendOf(result: SearchResult): FigureGroupView['trend'] {
  const first = result.timeline[0]?.value;
  const latest = result.timeline.at(-1)?.value;
  if (typeof first !== 'number' || typeof latest !== 'number' || first === latest) return null;
  return latest > first ? 'up' : 'down';
}

/** A bound the chart can draw: a finite number (an open end, Infinity, travels as null). */
const finite = (x: number | string) => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** The entities a query names by one of their spellings (each once), for "Rajin = Najin, also Rason". */
function entitiesNamed(query: string, topics: readonly Topic[]): EntityMatchView[] {
  const seen = new Set<string>();
  return topics.flatMap((topic) =>
    findEntityMentions(query, topic.entities).flatMap((m) => {
      const entity = topic.entities.find((e) => e.id === m.entityId)!;
      if (seen.has(entity.name)) return [];
      seen.add(entity.name);
      return [{ spelling: m.spelling, name: entity.name, aliases: entity.aliases }];
    }),
  );
}

/** How many timeline steps a figure sends to the popup: the first report, then the latest ones. */
export const TIMELINE_STEPS = 10;
/** How many outlets one timeline step names before "and N more". */
const OUTLETS_PER_STEP = 3;

/**
 * The timeline as the popup shows it: where the figure started and its latest changes. A large
 * corpus can give a figure thousands of steps; nobody reads those, and sending them all made
 * the reply megabytes long. The search is asked for these steps only (writing out the others
 * was most of a search's time); a longer timeline is cut here all the same.
 */
function shortTimeline(result: SearchResult): Pick<FigureGroupView, 'timeline' | 'timelineOmitted'> {
  const { timeline } = result;
  const steps = timeline.map((step, i) => ({
    published: step.published,
    outlet: step.outlets.length > OUTLETS_PER_STEP ? `${step.outlets.slice(0, OUTLETS_PER_STEP).join(', ')} and ${step.outlets.length - OUTLETS_PER_STEP} more` : step.outlets.join(', '),
    figure: step.figure,
    note: i === 0 ? null : changeNote(step.previous ?? timeline[i - 1].value, step.value),
  }));
  const omittedBySearch = (result.stepCount ?? timeline.length) - timeline.length;
  if (steps.length <= TIMELINE_STEPS) return { timeline: steps, timelineOmitted: omittedBySearch };
  const omitted = steps.length - TIMELINE_STEPS;
  return { timeline: [steps[0], ...steps.slice(steps.length - (TIMELINE_STEPS - 1))], timelineOmitted: omittedBySearch + omitted };
}

function changeNote(before: number | string, after: number | string): string | null {
  if (typeof before !== 'number' || typeof after !== 'number' || before === after) return null;
  return after > before ? 'later and larger' : 'later and smaller';
}

/** A handler per message, given the corpus: a message without one does not compile. */
export type Handlers<C> = { [N in MessageName]: (data: Envelope<N>['data'], corpus: C) => Promise<ResponseOf<N>> };

/** Builds the background's handlers. `loadDefaultPack` reads the bundled default pack (for reset). */
export function createHandlers(deps: { loadDefaultPack: () => Promise<unknown> }): Handlers<Corpus> {
  return {
    // The content script's: check a page, and the topics for its first look.
    checkPage: (data, corpus) => checkPage(data, corpus),
    getTopics: (_data, corpus) => corpus.topics(),
    // The popup's and the options page's.
    searchCorpus: async ({ query, limit }, corpus) => {
      // Only the reports and timeline steps a figure shows are written out; the counts say how many there are.
      const [results, topics] = await Promise.all([corpus.search(query, { limit: limit ?? 20, reports: REPORTS_PER_FIGURE, steps: TIMELINE_STEPS }), corpus.topics()]);
      return { groups: toFigureGroups(results), entities: entitiesNamed(query, topics) };
    },
    addArticle: async (input, corpus) =>
      corpus.addArticle({
        url: input.url ?? undefined,
        outlet: input.outlet,
        title: input.title ?? undefined,
        published: input.published ?? undefined,
        language: input.language || undefined,
        byline: input.byline ?? undefined,
        text: input.text,
        replaces: input.replaces,
      }),
    findArticle: async ({ url, text }, corpus) => {
      const found = await corpus.findDuplicate({ url: url ?? undefined, text });
      return found ? rowOf(found) : null;
    },
    // The corpus lists newest first.
    listArticles: async (filter, corpus) => (await corpus.listArticles(filter)).map(rowOf),
    getArticle: async ({ id }, corpus) => {
      const article = await corpus.getArticle(id);
      return article ? { ...rowOf(article), byline: article.byline, language: article.language, claims: article.claims } : null;
    },
    deleteArticle: async ({ id }, corpus) => ({ token: await corpus.deleteArticle(id) }),
    restoreArticle: async ({ token }, corpus) => {
      const deleted = reviveOpenBounds(token as DeletedArticle);
      await corpus.restoreArticle(deleted);
      return { id: deleted.article.id };
    },
    undoImport: async ({ id }, corpus) => corpus.undoImport(id),
    editTopic: async ({ topic, edit }, corpus) => {
      const stored = await corpus.editTopic(topic, edit);
      return { topic: stored, edits: (await corpus.topicEdits())[topic] ?? { entities: {} } };
    },
    getTopicEdits: (_, corpus) => corpus.topicEdits(),
    exportPack: async ({ topic }, corpus) => ({ json: JSON.stringify(await corpus.exportPack({ topic }), null, 1) }),
    resetCorpus: async ({ keepUserArticles }, corpus) => {
      await corpus.reset({ keepUserArticles }, await deps.loadDefaultPack());
      return { articles: (await corpus.listArticles()).length };
    },
  };
}
