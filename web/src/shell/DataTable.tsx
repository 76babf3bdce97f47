import type { ReactNode } from 'react';
import { Table, TableBody, TableCaption, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

/** A column heading; `false`, `null` or `undefined` leaves the column out (e.g. `showCasus && m.casus`). */
export type DataTableColumn = ReactNode;

interface DataTableProps {
  /** Names the table (its caption) and the scrollable region around it, so screen readers announce both. */
  caption: string;
  /** The column headings, in order; each becomes a `<th scope="col">`. */
  columns: readonly DataTableColumn[];
  /** Extra class on the table, e.g. `sl-table--compact`. */
  className?: string;
  /** The body rows: `<TableRow>`s whose cells the screen writes itself (`<TableHeaderCell scope="row">` first, then `<TableCell>`s). */
  children: ReactNode;
}

/**
 * The NL Design System table every list screen uses: a caption, column headings with scope="col", and the body
 * rows, inside a keyboard-focusable region that scrolls horizontally at 320 px (WCAG 1.4.10 reflow).
 */
export function DataTable({ caption, columns, className, children }: DataTableProps) {
  return (
    <div className="sl-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table className={className}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column, i) =>
              column === false || column === null || column === undefined ? null : (
                <TableHeaderCell key={i} scope="col">
                  {column}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
