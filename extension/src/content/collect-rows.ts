/**
 * Table context for a control: which table and body row it sits in, the table's column headers
 * and the row's cell texts (how `forEachRow` finds a family by NIK), and its column's header
 * (a `column` label). HTML tables with `colspan` are laid out cell by cell; ARIA tables
 * (`role=table|grid`, `row`, `columnheader`, `cell|gridcell`) are read the same way.
 */
import type { RowContext } from '../../../shared/fill/collected-field';
import { textOf } from './collect-labels';
import { cssPath, type Root } from './frames-walk';

interface TableLayout {
  readonly css: string;
  readonly headers: readonly string[];
  readonly rows: readonly Element[];
}

export interface RowInfo {
  readonly row: RowContext;
  /** The header of the control's column, '' when none. */
  readonly column: string;
}

/** Each cell's text repeated over the columns it spans. */
function spread(cells: readonly Element[]): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    const span = Math.min(Math.max(Number(cell.getAttribute('colspan') ?? '1') || 1, 1), 50);
    out.push(textOf(cell));
    for (let i = 1; i < span; i++) out.push('');
  }
  return out;
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter(
    (c) =>
      c.localName === 'td' ||
      c.localName === 'th' ||
      ['cell', 'gridcell', 'columnheader', 'rowheader'].includes(c.getAttribute('role') ?? ''),
  );
}

function htmlLayout(table: HTMLTableElement, root: Root): TableLayout {
  const head = table.tHead;
  const allRows = Array.from(table.rows);
  const headerRow =
    head !== null && head.rows.length > 0
      ? head.rows[head.rows.length - 1]
      : allRows.find((r) => r.cells.length > 0 && Array.from(r.cells).every((c) => c.localName === 'th'));
  const rows = allRows.filter(
    (r) => r !== headerRow && r.parentElement?.localName !== 'thead' && r.parentElement?.localName !== 'tfoot',
  );
  return { css: cssPath(table, root), headers: headerRow ? spread(cellsOf(headerRow)) : [], rows };
}

function ariaLayout(table: Element, root: Root): TableLayout {
  const all = Array.from(table.querySelectorAll('[role="row"]')).filter(
    (r) => r.closest('[role="table"], [role="grid"], table') === table,
  );
  const headerRow = all.find((r) => r.querySelector('[role="columnheader"]') !== null);
  return {
    css: cssPath(table, root),
    headers: headerRow ? spread(cellsOf(headerRow)) : [],
    rows: all.filter((r) => r !== headerRow),
  };
}

/** Reads each table once per collect. */
export class RowReader {
  private readonly layouts = new Map<Element, TableLayout>();

  constructor(private readonly root: Root) {}

  private layoutOf(table: Element): TableLayout {
    let layout = this.layouts.get(table);
    if (layout === undefined) {
      layout =
        table.localName === 'table' ? htmlLayout(table as HTMLTableElement, this.root) : ariaLayout(table, this.root);
      this.layouts.set(table, layout);
    }
    return layout;
  }

  read(element: Element): RowInfo | null {
    const cell = element.closest('td, th, [role="cell"], [role="gridcell"]');
    const row = cell?.parentElement;
    if (cell == null || row == null) return null;
    const table = row.closest('table, [role="table"], [role="grid"]');
    if (table === null) return null;
    const layout = this.layoutOf(table);
    const rowIndex = layout.rows.indexOf(row);
    if (rowIndex < 0) return null;
    const cells = cellsOf(row);
    let columnIndex = 0;
    for (const c of cells) {
      if (c === cell) break;
      columnIndex += Math.max(Number(c.getAttribute('colspan') ?? '1') || 1, 1);
    }
    return {
      row: { tableCss: layout.css, rowIndex, headers: layout.headers, cells: spread(cells) },
      column: layout.headers[columnIndex] ?? '',
    };
  }
}
