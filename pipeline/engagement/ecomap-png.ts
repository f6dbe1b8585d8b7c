// The eco-map's SVG rasterised to PNG with resvg (@resvg/resvg-js: a prebuilt binary in an npm
// package, no install script), with the DejaVu Sans files loaded directly so text renders the same on
// every Debian machine with LibreOffice, and no time is spent scanning the system's fonts.

import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const DEJAVU = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];

export interface Png {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
}

/** At most this many pixels on the longer side: a statewide map stays a picture a workbook can hold. */
export const MAX_PNG_SIDE = 3000;

export function renderPng(svg: string, svgWidth: number, svgHeight: number, scale = 1.5): Png {
  const fonts = DEJAVU.filter((f) => existsSync(f));
  const zoom = Math.min(scale, MAX_PNG_SIDE / Math.max(svgWidth, svgHeight));
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    background: '#FFFFFF',
    font: fonts.length === DEJAVU.length ? { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: 'DejaVu Sans' } : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { data: image.asPng(), width: image.width, height: image.height };
}
