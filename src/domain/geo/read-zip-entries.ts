import zlib from 'node:zlib';
import { AppError } from '../errors';

/**
 * The files of a .zip archive (GeoNames publishes its postal codes as BE.zip holding BE.txt and readme.txt).
 * Reads the central directory; stored and deflated entries only, which is all GeoNames uses.
 */
export function readZipEntries(buf: Buffer): { name: string; content: Buffer }[] {
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new AppError('validation', 'The file is not a readable .zip archive', 'file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: { name: string; content: Buffer }[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new AppError('validation', 'The .zip archive is damaged', 'file');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    p += 46 + nameLength + extraLength + commentLength;
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const data = buf.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new AppError('validation', `"${name}" in the archive uses an unsupported compression`, 'file');
    if (!name.endsWith('/')) entries.push({ name, content: method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data) });
  }
  return entries;
}
