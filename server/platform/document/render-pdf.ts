import PDFDocument from 'pdfkit';
import type { Block, ChartBlock, DocumentOutline } from './document';

/**
 * A document outline as a PDF (A4, pdfkit's built-in Helvetica: no font files): wrapped text, tables that break
 * across pages with their header row repeated, bar charts as rectangles with their labels and numbers, the running
 * header at the top and "Pagina x van y" at the foot of every page. Renders the same outline as the HTML.
 */
const MARGIN = 56;
const HEADER_Y = 24;
const CELL_PAD = 4;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const HEADING_SIZE: Record<1 | 2 | 3 | 4, number> = { 1: 17, 2: 14, 3: 12, 4: 10.5 };
const BODY_SIZE = 9.5;

type Doc = PDFKit.PDFDocument;

export function renderDocumentPdf(outline: DocumentOutline, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: winAnsi(outline.title), Author: 'Samenloop', Subject: winAnsi(outline.header) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONT).fontSize(BODY_SIZE);
  for (const block of outline.blocks) renderBlock(doc, block);
  stampPages(doc, winAnsi(outline.header));
  doc.end();
  return done;
}

/** The standard PDF fonts know Windows-1252 only: anything else becomes '?', never a broken glyph or an error. */
export function winAnsi(text: string): string {
  return text.replace(/[^\n\t\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g, '?');
}

const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` more points fit on this one. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function renderBlock(doc: Doc, block: Block): void {
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZE[block.level];
      // Keep a heading with at least a few lines of what follows it.
      ensureRoom(doc, size * 2 + BODY_SIZE * 4);
      doc.moveDown(block.level <= 2 ? 0.8 : 0.5);
      doc.font(BOLD).fontSize(size).text(winAnsi(block.text), left, doc.y, { width: width(doc) });
      doc.moveDown(0.3);
      break;
    }
    case 'notice': {
      doc.font(BOLD).fontSize(BODY_SIZE);
      const text = winAnsi(block.text);
      const h = doc.heightOfString(text, { width: width(doc) - 2 * CELL_PAD }) + 2 * CELL_PAD;
      ensureRoom(doc, h);
      const y = doc.y;
      doc.rect(left, y, width(doc), h).lineWidth(1.2).stroke();
      doc.text(text, left + CELL_PAD, y + CELL_PAD, { width: width(doc) - 2 * CELL_PAD });
      doc.x = left;
      doc.y = y + h;
      doc.moveDown(0.5);
      break;
    }
    case 'paragraph':
      doc.font(FONT).fontSize(BODY_SIZE).text(winAnsi(block.text), left, doc.y, { width: width(doc) });
      doc.moveDown(0.5);
      break;
    case 'fields':
      for (const item of block.items) {
        ensureRoom(doc, BODY_SIZE * 3);
        doc.font(BOLD).fontSize(BODY_SIZE).text(winAnsi(item.label), left, doc.y, { width: width(doc) });
        doc.font(FONT).text(winAnsi(item.value), left + 12, doc.y, { width: width(doc) - 12 });
        doc.moveDown(0.35);
      }
      doc.x = left;
      break;
    case 'list':
      for (const item of block.items) {
        doc.font(FONT).fontSize(BODY_SIZE).text(`•  ${winAnsi(item)}`, left + 8, doc.y, { width: width(doc) - 8 });
        doc.moveDown(0.15);
      }
      doc.x = left;
      doc.moveDown(0.35);
      break;
    case 'table':
      renderTable(doc, block);
      break;
    case 'chart':
      renderChart(doc, block);
      break;
    case 'page-break':
      doc.addPage();
      break;
  }
}

const BAR = { height: 8, gap: 3, label: 80, valueText: 70 };

/** Horizontal bars: label, a rectangle in proportion to the largest value, and the number as text beside it. */
function renderChart(doc: Doc, chart: ChartBlock): void {
  const left = doc.page.margins.left;
  const total = width(doc);
  ensureRoom(doc, BODY_SIZE * 3 + Math.min(chart.bars.length, 6) * (BAR.height + BAR.gap));
  doc.font(BOLD).fontSize(BODY_SIZE).text(winAnsi(chart.caption), left, doc.y, { width: total });
  doc.moveDown(0.2);
  if (chart.bars.length === 0) {
    doc.font(FONT).text(winAnsi(chart.empty), left, doc.y, { width: total });
    doc.moveDown(0.6);
    return;
  }
  const max = Math.max(0, ...chart.bars.map((b) => b.value ?? 0));
  const room = total - BAR.label - BAR.valueText;
  doc.font(FONT).fontSize(7);
  for (const bar of chart.bars) {
    ensureRoom(doc, BAR.height + BAR.gap);
    const y = doc.y;
    const w = bar.value === null || max === 0 ? 0 : Math.max(1, (bar.value / max) * room);
    doc.fillColor('#1a1a1a').text(winAnsi(bar.label), left, y + 0.5, { width: BAR.label - 6, align: 'right', lineBreak: false });
    if (w > 0) doc.rect(left + BAR.label, y, w, BAR.height).fill('#1f5f8b');
    doc.fillColor('#1a1a1a').text(winAnsi(bar.text), left + BAR.label + w + 4, y + 0.5, { width: BAR.valueText + room - w - 4, lineBreak: false });
    doc.x = left;
    doc.y = y + BAR.height + BAR.gap;
  }
  doc.fontSize(BODY_SIZE);
  doc.moveDown(0.6);
}

function renderTable(doc: Doc, table: Extract<Block, { kind: 'table' }>): void {
  const left = doc.page.margins.left;
  const total = width(doc);
  ensureRoom(doc, BODY_SIZE * 5);
  doc.font(BOLD).fontSize(BODY_SIZE).text(winAnsi(table.caption), left, doc.y, { width: total });
  doc.moveDown(0.2);
  if (table.rows.length === 0) {
    doc.font(FONT).text(winAnsi(table.empty), left, doc.y, { width: total });
    doc.moveDown(0.6);
    return;
  }
  const widths = columnWidths(doc, table, total);
  const header = table.columns.map(winAnsi);
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? BOLD : FONT).fontSize(BODY_SIZE);
    const heights = cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * CELL_PAD }));
    const h = Math.max(...heights) + 2 * CELL_PAD;
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.rect(x, y, widths[i]!, h).lineWidth(0.5).stroke();
      doc.text(c, x + CELL_PAD, y + CELL_PAD, { width: widths[i]! - 2 * CELL_PAD });
      x += widths[i]!;
    });
    doc.x = left;
    doc.y = y + h;
  };
  const rowHeight = (cells: string[]) => {
    doc.font(FONT).fontSize(BODY_SIZE);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * CELL_PAD }))) + 2 * CELL_PAD;
  };
  drawRow(header, true);
  for (const row of table.rows.map((r) => r.map(winAnsi))) {
    const h = rowHeight(row);
    const pageRoom = bottom(doc) - doc.page.margins.top;
    if (h + rowHeight(header) > pageRoom) {
      // Taller than a page: the row as labelled paragraphs, which flow over the page break.
      row.forEach((cell, i) => {
        doc.font(BOLD).fontSize(BODY_SIZE).text(`${header[i]}: `, left, doc.y, { continued: true, width: total });
        doc.font(FONT).text(cell, { width: total });
      });
      doc.moveDown(0.4);
      continue;
    }
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawRow(header, true);
    }
    drawRow(row, false);
  }
  doc.moveDown(0.6);
}

/**
 * Column widths in proportion to how much each column holds, within sensible bounds, and never narrower than the
 * column's longest word (up to a quarter of the table), so words are not broken across lines.
 */
function columnWidths(doc: Doc, table: Extract<Block, { kind: 'table' }>, total: number): number[] {
  const weights = table.widths ?? table.columns.map((column, i) => {
    const lengths = [column.length, ...table.rows.map((r) => (r[i] ?? '').length)];
    const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    return Math.min(60, Math.max(10, average));
  });
  doc.font(BOLD).fontSize(BODY_SIZE);
  const minimum = table.columns.map((column, i) => {
    const words = [column, ...table.rows.map((r) => r[i] ?? '')].flatMap((t) => winAnsi(t).split(/\s+/));
    const longest = Math.max(0, ...words.map((w) => doc.widthOfString(w)));
    return Math.min(longest + 2 * CELL_PAD + 1, total / 4);
  });
  const scale = Math.min(1, total / minimum.reduce((a, b) => a + b, 0));
  const fixed = new Set<number>();
  let widths = weights.map(() => 0);
  // Give each column its share; a column below its minimum gets the minimum and the rest is shared again.
  for (let round = 0; round <= table.columns.length; round++) {
    const room = total - [...fixed].reduce((a, i) => a + minimum[i]! * scale, 0);
    const sum = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    widths = weights.map((w, i) => (fixed.has(i) ? minimum[i]! * scale : (w / sum) * room));
    const tooNarrow = widths.findIndex((w, i) => !fixed.has(i) && w < minimum[i]! * scale);
    if (tooNarrow === -1) break;
    fixed.add(tooNarrow);
  }
  return widths;
}

/** The confidentiality line on top and the page number at the foot of every page, once all pages exist. */
function stampPages(doc: Doc, header: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { top, bottom: marginBottom } = doc.page.margins;
    // Writing inside the margins must not start a new page.
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    const w = width(doc);
    doc.font(BOLD).fontSize(8).text(header, doc.page.margins.left, HEADER_Y, { width: w, align: 'center', lineBreak: false });
    doc
      .font(FONT)
      .fontSize(8)
      .text(`Pagina ${i - range.start + 1} van ${range.count}`, doc.page.margins.left, doc.page.height - 36, { width: w, align: 'center', lineBreak: false });
    doc.page.margins.top = top;
    doc.page.margins.bottom = marginBottom;
  }
}
