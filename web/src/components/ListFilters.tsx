import type { ReactNode } from 'react';
import { Flex, Input } from 'antd';

/** The wrapping row of filters above a list page's table. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Flex wrap gap={12} className="table-filters">
      {children}
    </Flex>
  );
}

/** A search box labelled by its placeholder; reports the trimmed text on Enter, on the search button and on clear. */
export function SearchFilter({ label, onSearch, maxWidth }: { label: string; onSearch: (value: string) => void; maxWidth: number }) {
  return <Input.Search placeholder={label} aria-label={label} allowClear onSearch={(value) => onSearch(value.trim())} style={{ maxWidth }} />;
}
