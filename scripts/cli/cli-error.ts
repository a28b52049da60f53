/**
 * An error the CLI reports as one line on stderr with its exit code (2: bad arguments or input), not a stack
 * trace. The commands throw it; only index.ts turns it into process output.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Where a command writes: the process's streams in index.ts, strings in the tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

// What a file system error means, for the paths the person gave.
const FS_REASONS = new Map([
  ['ENOENT', 'no such file or folder'],
  ['EISDIR', 'is a folder, not a file'],
  ['ENOTDIR', 'a part of the path is not a folder'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'not permitted'],
  ['ENOSPC', 'no space left on the device'],
  ['EROFS', 'read-only file system'],
  ['EEXIST', 'already exists'],
]);

/** What a file system error means ("permission denied"), or undefined for any other error. */
export const fsReason = (e: unknown): string | undefined =>
  FS_REASONS.get((e as NodeJS.ErrnoException | undefined)?.code ?? '');

/**
 * Any error as a CliError of one line: a CliError as it is; a file system error as its path and what it means
 * (exit code 2, like other bad input); anything else as an internal error (exit code 1), without the stack
 * unless SIDELIGHT_DEBUG is set.
 */
export function asCliError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  const err = e as NodeJS.ErrnoException;
  const reason = fsReason(err);
  if (reason) return new CliError(err.path ? `${err.path}: ${reason}` : reason);
  const detail = process.env.SIDELIGHT_DEBUG ? `\n${err?.stack}` : ' (SIDELIGHT_DEBUG=1 shows the stack)';
  const message = String(err?.message ?? e).split('\n')[0];
  return new CliError(`internal error: ${message}${detail}`, 1);
}
