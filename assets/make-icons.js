// Draws the add-in's ribbon and store icons (16, 32, 64, 80 px PNG) with Node built-ins only:
// a dark blue tile with a white 3x3 grid, the "array" of services. Run once: node assets/make-icons.js

const { deflateSync } = require('node:zlib');
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(size, x, y) {
  const blue = [0x1f, 0x4e, 0x79, 255];
  const white = [255, 255, 255, 255];
  const margin = Math.round(size * 0.18);
  const inside = x >= margin && x < size - margin && y >= margin && y < size - margin;
  if (!inside) return blue;
  const cell = (size - 2 * margin) / 3;
  const line = Math.max(1, Math.round(size / 16));
  const onLine = (v) => [0, 1, 2, 3].some((i) => Math.abs(v - margin - i * cell) < line);
  return onLine(x) || onLine(y) ? white : blue;
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(size, x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80]) writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
