/**
 * Importing a pack: over a port, not one message, so a large file fits under the message size
 * limit and progress comes back as it lands. The options page connects with this name, posts
 * the text in chunks, then `preview` (what it would add) or `commit` (land it whole or not at
 * all). Disconnecting cancels; nothing lands. Served by utils/ui/corpus-handlers.ts.
 */
import type { ImportResultView, PackPreviewView } from '../model/view-models';

/** `browser.runtime.connect({ name })` for importing a pack. */
export const IMPORT_PORT = 'tally:importPack';
/** What the options page posts on the import port. */
export type ImportPortRequest = { kind: 'chunk'; text: string } | { kind: 'preview' } | { kind: 'commit'; replaceOwn?: boolean };
/** What the background posts back on the import port. */
export type ImportPortReply =
  | { kind: 'preview'; preview: PackPreviewView }
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; result: ImportResultView }
  | { kind: 'error'; error: string };
