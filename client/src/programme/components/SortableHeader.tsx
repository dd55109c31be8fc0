export type SortDirection = 'ascending' | 'descending' | 'none';

export type SortableHeaderProps = {
  label: string;
  /** Announced with the label, e.g. "Sortuj według nazwy". */
  sortLabel: string;
  direction: SortDirection;
  onSort: () => void;
};

const ARROWS: Record<SortDirection, string> = { ascending: '▲', descending: '▼', none: '↕' };

/** A column header whose button sorts the table; `aria-sort` tells the current order. */
export function SortableHeader({ label, sortLabel, direction, onSort }: SortableHeaderProps) {
  return (
    <th scope="col" aria-sort={direction === 'none' ? undefined : direction}>
      <button type="button" className="sort-button" onClick={onSort} title={sortLabel}>
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {ARROWS[direction]}
        </span>
      </button>
    </th>
  );
}
