// Lays out a plain zip package from entries already compressed: local headers and data in order,
// then the central directory. UTF-8 names; no zip64 (our packages stay far below 4 GB and 65,535
// parts). Shared by the package editor and the plan's zip sink.

export interface ZipEntry {
  readonly name: Buffer;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** MS-DOS time and date fields. */
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  /** The entry's bytes as stored: compressed when method is 8. */
  readonly data: Uint8Array;
  /** Uncompressed size. */
  readonly size: number;
}

export const ZIP_SIGNATURES = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 } as const;
export const DEFLATED = 8;
const UTF8_NAMES = 0x800;
/** 1980-01-01 00:00, the earliest time a zip entry can carry. */
export const DOS_EPOCH = { time: 0, date: 0x21 } as const;

/** A local time as the MS-DOS fields a zip entry carries (two-second steps; 1980 at the earliest). */
export function dosTime(d: Date): { time: number; date: number } {
  if (d.getFullYear() < 1980) return DOS_EPOCH;
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export function layoutZip(entries: readonly ZipEntry[]): Buffer {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const header = (central: boolean): Buffer => {
      const b = Buffer.alloc(central ? 46 : 30);
      let p = b.writeUInt32LE(central ? ZIP_SIGNATURES.central : ZIP_SIGNATURES.local, 0);
      if (central) p = b.writeUInt16LE(20, p);
      p = b.writeUInt16LE(20, p);
      p = b.writeUInt16LE(UTF8_NAMES, p);
      p = b.writeUInt16LE(e.method, p);
      p = b.writeUInt16LE(e.time, p);
      p = b.writeUInt16LE(e.date, p);
      p = b.writeUInt32LE(e.crc, p);
      p = b.writeUInt32LE(e.data.length, p);
      p = b.writeUInt32LE(e.size, p);
      p = b.writeUInt16LE(e.name.length, p);
      b.writeUInt16LE(0, p);
      if (central) b.writeUInt32LE(offset, 42);
      return b;
    };
    directory.push(header(true), e.name);
    chunks.push(header(false), e.name, e.data);
    offset += 30 + e.name.length + e.data.length;
  }
  const dirSize = directory.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(ZIP_SIGNATURES.end, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
