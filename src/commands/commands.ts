// The ribbon's function file entry: initialises Office for the commands the manifest declares.

import { registerCommands } from '../excel/office-commands';

registerCommands();
