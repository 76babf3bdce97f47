import { createHash } from 'node:crypto';
import type { Block, ChartBlock, DocumentOutline } from './document';

/**
 * A document outline as one complete, printable HTML document (lang="nl", headings in order, tables with captions,
 * charts as inline SVG with their numbers as text). Every value is escaped; the only markup is ours. The style
 * sheet is inline (the document stands on its own when saved or printed); routes allow exactly this style by its
 * hash in the Content-Security-Policy (DOCUMENT_STYLE_SOURCE). No scripts, no style attributes.
 */
export const DOCUMENT_STYLE = [
  '*,::before,::after{box-sizing:border-box}',
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;line-height:1.5;color:#1a1a1a;max-width:60rem;margin:0 auto;padding:1.5rem}',
  'h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #888}h3{font-size:1.15rem;margin-top:1.75rem}h4{font-size:1rem;margin-bottom:.25rem}',
  '.vertrouwelijk{font-weight:bold;border:2px solid #1a1a1a;padding:.5rem}',
  'table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:bold;padding:.25rem 0}',
  'th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top;white-space:pre-wrap}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0;white-space:pre-wrap}',
  'p{white-space:pre-wrap}figure{margin:.5rem 0 1.25rem}figcaption{font-weight:bold}svg{max-width:100%;height:auto}.cijfers{font-size:.9rem}',
  '@media (max-width:40rem){body{padding:.75rem}dl{grid-template-columns:1fr}table{display:block;overflow-x:auto}}',
  '@media print{body{max-width:none;padding:0}h3{break-after:avoid}tr,figure{break-inside:avoid}.pagina-einde{break-after:page}}',
].join('\n');

/** The CSP source that allows the inline style sheet above and nothing else. */
export const DOCUMENT_STYLE_SOURCE = `'sha256-${createHash('sha256').update(DOCUMENT_STYLE).digest('base64')}'`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function renderDocumentHtml(doc: DocumentOutline): string {
  let charts = 0;
  const body = doc.blocks.map((block) => (block.kind === 'chart' ? renderChart(block, ++charts) : renderBlock(block))).join('\n');
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${DOCUMENT_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><p>${escapeHtml(doc.header)}</p></header>`,
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: Exclude<Block, ChartBlock>): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'notice':
      return `<p class="vertrouwelijk">${escapeHtml(block.text)}</p>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`;
    case 'fields':
      return `<dl>\n${block.items.map((i) => `<dt>${escapeHtml(i.label)}</dt><dd>${escapeHtml(i.value)}</dd>`).join('\n')}\n</dl>`;
    case 'table': {
      const caption = `<caption>${escapeHtml(block.caption)}</caption>`;
      if (block.rows.length === 0) return `<table>${caption}<tbody><tr><td>${escapeHtml(block.empty)}</td></tr></tbody></table>`;
      const head = `<thead><tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
      const rows = block.rows.map((r) => `<tr>${r.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
      return `<table>${caption}\n${head}\n<tbody>\n${rows}\n</tbody></table>`;
    }
    case 'page-break':
      return '<div class="pagina-einde"></div>';
  }
}

const CHART = { width: 640, label: 90, valueText: 70, bar: 14, gap: 4 };

/** Horizontal bars as inline SVG (presentation attributes only), the caption, and every number as text. */
function renderChart(chart: ChartBlock, index: number): string {
  const caption = `<figcaption id="grafiek-${index}">${escapeHtml(chart.caption)}</figcaption>`;
  if (chart.bars.length === 0) return `<figure>${caption}<p>${escapeHtml(chart.empty)}</p></figure>`;
  const max = Math.max(0, ...chart.bars.map((b) => b.value ?? 0));
  const room = CHART.width - CHART.label - CHART.valueText;
  const height = chart.bars.length * (CHART.bar + CHART.gap) + CHART.gap;
  const rows = chart.bars.map((b, i) => {
    const y = CHART.gap + i * (CHART.bar + CHART.gap);
    const w = b.value === null || max === 0 ? 0 : Math.max(1, (b.value / max) * room);
    const textY = y + CHART.bar - 3;
    return [
      `<text x="${CHART.label - 6}" y="${textY}" text-anchor="end" font-size="12" fill="#1a1a1a">${escapeHtml(b.label)}</text>`,
      b.value === null ? '' : `<rect x="${CHART.label}" y="${y}" width="${w.toFixed(1)}" height="${CHART.bar}" fill="#1f5f8b"></rect>`,
      `<text x="${(CHART.label + w + 6).toFixed(1)}" y="${textY}" font-size="12" fill="#1a1a1a">${escapeHtml(b.text)}</text>`,
    ].join('');
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" role="img" aria-labelledby="grafiek-${index}">` +
    `${rows.join('\n')}</svg>`;
  const numbers = chart.bars.map((b) => `${b.label}: ${b.text}`).join('; ');
  return `<figure>${caption}\n${svg}\n<p class="cijfers">${escapeHtml(`Cijfers: ${numbers}`)}</p></figure>`;
}
