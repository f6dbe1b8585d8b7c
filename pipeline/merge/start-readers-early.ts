// Imported first by the command line, for its side effect: for a merge, the reader threads start
// loading their code while the command line itself loads (a quarter of a second on this machine).

import { startReaderThreads } from './reader-threads';

if (process.argv[2] === 'merge') startReaderThreads();
