import { createHash } from 'node:crypto';
import type { Block, MinutesDocument } from './document';

/**
 * The minutes as one complete, printable HTML document (lang="nl", headings in order, tables with captions).
 * Every value is escaped; the only markup is ours. The style sheet is inline (the document stands on its own when
 * saved or printed); the route allows exactly this style by its hash in the Content-Security-Policy.
 */
export const MINUTES_STYLE = [
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;line-height:1.5;color:#1a1a1a;max-width:60rem;margin:0 auto;padding:1.5rem}',
  'h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #888}h3{font-size:1.15rem;margin-top:1.75rem}h4{font-size:1rem;margin-bottom:.25rem}',
  '.vertrouwelijk{font-weight:bold;border:2px solid #1a1a1a;padding:.5rem}',
  'table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:bold;padding:.25rem 0}',
  'th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top;white-space:pre-wrap}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0;white-space:pre-wrap}',
  '@media print{body{max-width:none;padding:0}h3{break-after:avoid}tr{break-inside:avoid}}',
].join('\n');

/** The CSP source that allows the inline style sheet above and nothing else. */
export const MINUTES_STYLE_SOURCE = `'sha256-${createHash('sha256').update(MINUTES_STYLE).digest('base64')}'`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function renderMinutesHtml(doc: MinutesDocument): string {
  const body = doc.blocks.map(renderBlock).join('\n');
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${MINUTES_STYLE}</style>`,
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

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'notice':
      return `<p class="vertrouwelijk">${escapeHtml(block.text)}</p>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'fields':
      return `<dl>\n${block.items.map((i) => `<dt>${escapeHtml(i.label)}</dt><dd>${escapeHtml(i.value)}</dd>`).join('\n')}\n</dl>`;
    case 'table': {
      const caption = `<caption>${escapeHtml(block.caption)}</caption>`;
      if (block.rows.length === 0) return `<table>${caption}<tbody><tr><td>${escapeHtml(block.empty)}</td></tr></tbody></table>`;
      const head = `<thead><tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
      const rows = block.rows.map((r) => `<tr>${r.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
      return `<table>${caption}\n${head}\n<tbody>\n${rows}\n</tbody></table>`;
    }
  }
}
