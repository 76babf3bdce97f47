/**
 * A printable document as an outline: headings, paragraphs, notices, lists, labelled fields, tables and bar charts,
 * in reading order. The HTML and the PDF renderers both render this one outline, so the two formats cannot drift
 * apart in what they show. Used by the Actieoverleg minutes and the indicator report.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'notice'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'fields'; items: { label: string; value: string }[] }
  /** `widths`: relative column widths for the PDF (by default in proportion to what each column holds). */
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][]; empty: string; widths?: number[] }
  | ChartBlock
  /** Starts a new page in the PDF; nothing in HTML (a print style breaks the page there). */
  | { kind: 'page-break' };

/**
 * A bar chart: one bar per label. `value` null draws no bar (nothing to show, or suppressed) and its `text` says why;
 * the numbers are always also given as text, so colour or length never carries the meaning alone.
 */
export interface ChartBlock {
  kind: 'chart';
  caption: string;
  bars: { label: string; value: number | null; text: string }[];
  empty: string;
}

export interface DocumentOutline {
  title: string;
  /** Running header on every page of the PDF and at the top of the HTML. */
  header: string;
  blocks: Block[];
}
