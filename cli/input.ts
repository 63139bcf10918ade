/**
 * Reading every file the CLI is given (articles, standard input, packs, index and topic files,
 * the files a pack build lists), always with a byte limit. A device, FIFO or socket is refused
 * without reading it: `/dev/zero` reports size 0 and never ends, and opening a FIFO waits for a
 * writer. Regular files are read up to the limit, not trusted on their reported size (files in
 * /proc report 0). Standard input is read up to the limit, then refused.
 * Article text is refused with one line when it is missing, a folder, empty, binary, not UTF-8,
 * or larger than MAX_INPUT_BYTES (10 MiB: a news article is well under 1 MiB, and a bigger
 * input is almost surely the wrong file).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { CliError } from './cli-error';

/** Inputs above this size are refused. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Packs above this size are refused: the default pack is 24 kB, and a 1,500-article pack about 10 MB. */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
/** index.json and topic.json above this size are refused. */
export const MAX_META_BYTES = 4 * 1024 * 1024;

/** A size as people read it. */
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const tooBig = (name: string, limit: number): CliError => new CliError(`${name} is over the ${mb(limit)} limit`);

function openError(error: unknown, file: string, what: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const label = what ? `${what} ${file}` : file;
  if (code === 'ENOENT') return new CliError(`${label}: no such file`);
  if (code === 'EACCES') return new CliError(`${label}: permission denied`);
  return new CliError(`cannot read ${label} (${code ?? 'error'})`);
}

/**
 * The bytes of FILE, at most LIMIT of them, refused with one line if FILE is not a regular file
 * or holds more. WHAT names the file's role in messages ("pack", "index").
 */
export function readFileCapped(file: string, limit: number, what = ''): Buffer {
  const label = what ? `${what} ${file}` : file;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it has no effect on regular files.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw openError(error, file, what);
  }
  try {
    // The type is taken from the open file, so a file swapped after a check cannot slip through.
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new CliError(`${label} is a directory, not a file`);
    if (!st.isFile()) throw new CliError(`${label} is not a regular file (a device, FIFO or socket); give a file`);
    if (st.size > limit) throw new CliError(`${label} is ${mb(st.size)}; the limit is ${mb(limit)}`);
    return readAtMost(fd, limit, label);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw openError(error, file, what);
  } finally {
    closeSync(fd);
  }
}

/** Up to LIMIT bytes from FD; one byte more is an error, whatever the file claimed its size was. */
function readAtMost(fd: number, limit: number, label: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) throw tooBig(label, limit);
  }
  return Buffer.concat(chunks, total);
}

/** Standard input, at most LIMIT bytes: reading stops at the first byte over, and the rest is never read. */
export async function readStdinCapped(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) break;
      chunks.push(chunk);
    }
  } catch {
    throw new CliError('cannot read standard input');
  }
  if (total > limit) {
    // Leaving the loop early destroys stdin: an endless writer (`yes |`) gets EPIPE and stops.
    throw tooBig('standard input', limit);
  }
  return Buffer.concat(chunks, total);
}

/** The text of FILE (or standard input for `-`), checked as above. */
export async function readArticleInput(file: string): Promise<string> {
  const name = file === '-' ? 'standard input' : file;
  const bytes = file === '-' ? await readStdinCapped(MAX_INPUT_BYTES) : readFileCapped(file, MAX_INPUT_BYTES);
  return decodeArticle(bytes, name);
}

/** A text file's content (an article of a pack build), with the checks an article input gets. */
export function readArticleFile(file: string, name = file): string {
  return decodeArticle(readFileCapped(file, MAX_INPUT_BYTES), name);
}

/** UTF-8 text of a file that must be text (a pack, index.json); refused when it is not. */
export function decodeUtf8(data: Buffer, name: string): string {
  if (data.subarray(0, 65536).includes(0)) throw new CliError(`${name} looks like binary data, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`${name} is not UTF-8 text (binary data?)`);
  }
}

function decodeArticle(data: Buffer, name: string): string {
  // NUL bytes or invalid UTF-8 mean binary data, not a text or HTML file.
  if (data.subarray(0, 65536).includes(0)) throw new CliError(`${name} looks like binary data, not text or HTML`);
  const text = decodeUtf8(data, name);
  if (!text.trim()) throw new CliError(`${name} is empty`);
  return text;
}
