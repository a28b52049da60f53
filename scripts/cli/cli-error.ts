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
