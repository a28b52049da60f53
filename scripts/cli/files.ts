// The CLI's file access: every way a path can be wrong becomes a CliError of one line naming the path (a folder
// where a file should be, a missing folder, a binary file), and output is written whole or not at all.

import fs from 'node:fs';
import path from 'node:path';
import { tooLong } from '../../utils/limits';
import { asCliError, CliError, fsReason } from './cli-error';

// A UTF-16 unit takes at most 3 bytes of UTF-8, so a file of more than 3 × max bytes is too long unread.
const MAX_BYTES_PER_UNIT = 3;

/** Reads a UTF-8 text file of at most `maxChars` UTF-16 units, as readFileSync(file, 'utf8') would give it. */
export function readTextFile(file: string, maxChars: number): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new CliError(`${file}: no such file`);
  if (!stat.isFile()) throw new CliError(`${file}: not a file (a folder?)`);
  if (stat.size > maxChars * MAX_BYTES_PER_UNIT) throw new CliError(`${file}: ${tooLong(maxChars)}`);
  const text = decodeText(fs.readFileSync(file));
  if (text === null) throw new CliError(`${file}: not a text file (binary, or not UTF-8)`);
  if (text.length > maxChars) throw new CliError(`${file}: ${tooLong(maxChars)}`);
  return text;
}

/** The bytes as UTF-8 text (a byte-order mark kept, as readFileSync keeps it); null for a NUL byte or bad UTF-8. */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null; // Text has no NUL; images, archives and UTF-16 files do.
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Checks, before any work, that `out` can be written: not a folder, in a folder that exists. */
export function checkOutputPath(out: string): void {
  const stat = fs.statSync(out, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new CliError(`${out}: is a folder; give a file name to write`);
  const dir = path.dirname(path.resolve(out));
  const dirStat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) throw new CliError(`${out}: no such folder ${dir}`);
  if (!dirStat.isDirectory()) throw new CliError(`${out}: ${dir} is not a folder`);
}

/**
 * Writes `text` to `out` through a temporary file in the same folder, renamed over `out` once complete: a run
 * that fails (a full disk, an interrupt) leaves the earlier file or none, never half of one.
 */
export function writeFileWhole(out: string, text: string): void {
  checkOutputPath(out);
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const reason = fsReason(e);
    throw reason ? new CliError(`${out}: not written: ${reason}`) : asCliError(e);
  }
}
