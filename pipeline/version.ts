// The generator string stamped into every workbook we write, read from package.json at build time.

import pkg from '../package.json';

export const VERSION: string = pkg.version;
export const GENERATOR = `service-array ${VERSION}`;
