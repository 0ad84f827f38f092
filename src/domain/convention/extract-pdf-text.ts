import zlib from 'node:zlib';

/**
 * Reads the text back out of a PDF the way a viewer's copy-and-paste does: each font's ToUnicode map turns the
 * glyph codes of the page contents into characters. Enough for the PDFs this platform writes (pdfkit: compressed
 * streams, Identity-H fonts), so tests can check what a reader really gets, accents included.
 */
export function extractPdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: Buffer | undefined }>();
  for (const m of source.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    const dict = at >= 0 ? body.slice(0, at) : body;
    let stream: Buffer | undefined;
    if (at >= 0) {
      const start = body.indexOf('\n', at) + 1;
      const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')).replace(/\r?\n$/, ''), 'latin1');
      stream = /\/FlateDecode/.test(dict) ? zlib.inflateSync(raw) : raw;
    }
    objects.set(m[1]!, { dict, stream });
  }
  const cmaps = new Map<string, Map<string, string>>();
  const fontByName = new Map<string, Map<string, string>>();
  for (const [, o] of objects) {
    for (const f of o.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(f[2]!);
      const cmapRef = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1];
      if (!cmapRef) continue;
      if (!cmaps.has(cmapRef)) cmaps.set(cmapRef, parseCmap(objects.get(cmapRef)?.stream?.toString('latin1') ?? ''));
      fontByName.set(f[1]!, cmaps.get(cmapRef)!);
    }
  }
  const pages: string[] = [];
  for (const [, o] of objects) {
    const contents = /\/Type \/Page\b[\s\S]*\/Contents (\d+) 0 R/.exec(o.dict)?.[1];
    const stream = contents ? objects.get(contents)?.stream : undefined;
    if (stream) pages.push(decodeContent(stream.toString('latin1'), fontByName));
  }
  return pages.join('\n');
}

function parseCmap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) => String.fromCodePoint(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(m[1]!.toLowerCase(), unicode(m[2]!));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = parseInt(m[1]!, 16);
      const to = parseInt(m[2]!, 16);
      const width = m[1]!.length;
      const targets = m[3]!.startsWith('[') ? [...m[3]!.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((x) => x[1]!) : undefined;
      for (let code = from; code <= to; code++) {
        const key = code.toString(16).padStart(width, '0');
        if (targets) map.set(key, unicode(targets[code - from] ?? ''));
        else {
          const base = parseInt(m[3]!.slice(1, -1), 16) + (code - from);
          map.set(key, String.fromCodePoint(base));
        }
      }
    }
  return map;
}

function decodeContent(content: string, fonts: Map<string, Map<string, string>>): string {
  let current: Map<string, string> | undefined;
  const lines: string[] = [];
  let line = '';
  for (const m of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\b(BT|ET|Td|TD|Tm|T\*)\b/g)) {
    if (m[1]) current = fonts.get(m[1]);
    else if (m[2] !== undefined) line += (m[2].match(/.{4}/g) ?? []).map((code) => current?.get(code.toLowerCase()) ?? '').join('');
    else if (line) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
