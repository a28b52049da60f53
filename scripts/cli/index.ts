// `npm run -s sidelight -- pack build DIR -o FILE`, `npm run -s sidelight -- align [--pack FILE] [--json] FILE...`:
// the commands are in main.ts; this entry only connects them to the process (arguments, streams, exit code).
// Errors are one line on stderr (main.ts), exit code 2 (1 for an internal error).

import { main } from './main';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
