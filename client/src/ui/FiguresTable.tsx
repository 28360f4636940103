import type { ReactNode } from 'react';

interface Props {
  /** What the table shows, read first by a screen reader. */
  caption?: ReactNode;
  /** The columns' headings, left to right. */
  columns: readonly ReactNode[];
  className?: string;
  /** Rows under the others, a total (`<tfoot>`). */
  foot?: ReactNode;
  /** The rows (`<tr>`), a `<th scope="row">` first where a row has a name. */
  children: ReactNode;
}

/** The one table of figures (`.figures` unless told otherwise): a caption, the columns' headings, the rows. */
export function FiguresTable({ caption, columns, className = 'figures', foot, children }: Props) {
  return (
    <table className={className}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
}
