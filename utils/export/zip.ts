// Several exported files as one zip, for one download instead of one per file (browsers ask, or block, after
// the first few). Pure and deterministic: the same files make the same bytes, so a re-export can be compared
// with the last one. Each file is dated by its own content (when its newest highlight changed), never by the clock.
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  content: string;
  /** Milliseconds since the epoch: the file's date in the archive. */
  modified: number;
}

// Zip stores dates from 1980 to 2107, as the local time of the machine that made it; fflate reads the Date it is
// given in local time. A Date whose local fields are the UTC ones writes the UTC time, so the bytes do not depend
// on the machine's time zone.
const EARLIEST = Date.UTC(1980, 0, 1);
const LATEST = Date.UTC(2107, 11, 31, 23, 59, 58);
function zipTime(ms: number): Date {
  const u = new Date(Math.min(Math.max(ms, EARLIEST), LATEST));
  return new Date(
    u.getUTCFullYear(),
    u.getUTCMonth(),
    u.getUTCDate(),
    u.getUTCHours(),
    u.getUTCMinutes(),
    u.getUTCSeconds(),
  );
}

/** The files as a zip archive (UTF-8 names and contents, deflated). Names must be unique. */
export function toZip(files: readonly ZipEntry[]): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const f of files) {
    if (Object.hasOwn(entries, f.name)) throw new Error(`Two files named ${f.name}`);
    entries[f.name] = [strToU8(f.content), { mtime: zipTime(f.modified) }];
  }
  // fflate allocates a plain ArrayBuffer for the archive (never a shared one): a Blob part as it is.
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
