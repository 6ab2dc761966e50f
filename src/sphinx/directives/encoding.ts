// Decoding included files with Python codec names (literalinclude's
// :encoding:, conf.py's source_encoding), strictly: a wrong encoding must be
// reported, not turned into replacement characters. Names are validated by
// the parser's `encoding` option converter; this maps them to decoders.
import { canonicalEncoding } from '../../rst/directives/options.js';

/** Decode bytes; throws when they are not valid in that encoding. */
export function decode(data: Uint8Array, encoding: string): string {
  const name = canonicalEncoding(encoding.trim()) ?? encoding.trim().toLowerCase();
  switch (name) {
    case 'latin-1':
      return Buffer.from(data).toString('latin1');
    case 'ascii':
      for (const byte of data) if (byte > 0x7f) throw new Error("'ascii' codec can't decode byte");
      return Buffer.from(data).toString('latin1');
    case 'utf-8-sig':
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
    case 'utf-8':
      // Plain utf-8 keeps a byte-order mark as U+FEFF, like Python.
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
    case 'utf-16': {
      const bigEndian = data[0] === 0xfe && data[1] === 0xff;
      return new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le', { fatal: true }).decode(data);
    }
    case 'utf-16-le':
      return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(data);
    case 'utf-16-be':
      return new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }).decode(data);
    case 'cp1252':
      return new TextDecoder('windows-1252', { fatal: true }).decode(data);
    default:
      return new TextDecoder(name, { fatal: true }).decode(data);
  }
}
