import { inflateSync } from 'node:zlib';

/**
 * Test helper: the text of a PDF written by pdfkit with its standard fonts (compressed or not). pdfkit writes each
 * line as one TJ array of hex strings (Windows-1252) with kerning numbers between them; lines are joined by a space.
 */
// Windows-1252 differs from Latin-1 in 0x80–0x9F (Node's TextDecoder may treat the two alike).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeCp1252(bytes: Buffer): string {
  return [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join('');
}

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  // Content streams compressed with FlateDecode are inflated; the others are read as they are.
  const inflated = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  const source = [raw, ...inflated].join('\n');
  const lines = [...source.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ/g)].map((m) =>
    [...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decodeCp1252(Buffer.from(h[1]!, 'hex'))).join(''),
  );
  return lines.join(' ').replace(/\s+/g, ' ');
}
