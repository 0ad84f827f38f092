/**
 * Agencies' CSV files come from Excel: UTF-8 with or without a byte-order mark, or Windows-1252 when saved as
 * "CSV (separator: semicolon)" on a French or German Windows. Strict UTF-8 first; invalid bytes mean Windows-1252.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'utf-16le' | 'windows-1252' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Bytes 0x80–0x9F of Windows-1252 (€, œ, ’, –…); Node's TextDecoder may decode them as Latin-1 control codes.
const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => high[c.charCodeAt(0) - 0x80]!);
}
