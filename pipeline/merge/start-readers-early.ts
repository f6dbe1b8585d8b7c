// Imported first by the command line, for its side effect: for a merge, the reader threads start
// loading their code while the command line itself loads (a quarter of a second on this machine).

import { startReaderThreads } from './reader-threads';

const args = process.argv.slice(2);
// Not for `merge --help`, which reads nothing.
if (args[0] === 'merge' && !args.includes('--help') && !args.includes('-h')) startReaderThreads();
