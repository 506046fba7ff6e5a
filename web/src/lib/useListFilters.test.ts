import { describe, expect, it } from 'vitest';
import { nextPaging } from './useListFilters.ts';

describe('nextPaging', () => {
  it('moves to the chosen page when the page size stays', () => {
    expect(nextPaging({ page: 1, pageSize: 20 }, 3, 20)).toEqual({ page: 3, pageSize: 20 });
  });

  it('starts again at page 1 when the page size changes', () => {
    expect(nextPaging({ page: 4, pageSize: 20 }, 4, 50)).toEqual({ page: 1, pageSize: 50 });
  });
});
