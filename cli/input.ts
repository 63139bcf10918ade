/**
 * Reading an article the user named on the command line (`extract`, `check`): refused with one
 * line when it is missing, a folder, empty, binary, or larger than MAX_INPUT_BYTES (10 MiB: a
 * news article is well under 1 MiB, and a bigger input is almost surely the wrong file).
 */
import { readFileSync, statSync } from 'node:fs';
import { CliError } from './cli-error';

/** Inputs above this size are refused. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** The text of FILE (or standard input for `-`), checked as above. */
export function readArticleInput(file: string): string {
  return decode(readBytes(file), file === '-' ? 'standard input' : file);
}

function readBytes(file: string): Buffer {
  if (file === '-') {
    let data: Buffer;
    try {
      data = readFileSync(0);
    } catch {
      throw new CliError('cannot read standard input');
    }
    if (data.length > MAX_INPUT_BYTES) throw new CliError(`standard input is ${mb(data.length)}; the limit is ${mb(MAX_INPUT_BYTES)}`);
    return data;
  }
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new CliError(`${file} is a directory, not a file`);
    size = st.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `cannot read ${file} (${code ?? 'error'})`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`${file} is ${mb(size)}; the limit is ${mb(MAX_INPUT_BYTES)} (a news article is far smaller)`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** A size as people read it. */
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function decode(data: Buffer, name: string): string {
  // NUL bytes or invalid UTF-8 mean binary data, not a text or HTML file.
  if (data.subarray(0, 65536).includes(0)) throw new CliError(`${name} looks like binary data, not text or HTML`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new CliError(`${name} is not UTF-8 text (binary data?)`);
  }
  if (!text.trim()) throw new CliError(`${name} is empty`);
  return text.replace(/^\uFEFF/, '');
}
