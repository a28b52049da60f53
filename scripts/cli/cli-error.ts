/** An error the CLI reports as one line on stderr with exit code 2 (bad arguments or input), not a stack trace. */
export class CliError extends Error {}
