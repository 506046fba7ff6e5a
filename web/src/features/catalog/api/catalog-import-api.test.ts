import { describe, expect, it } from 'vitest';
import { catalogExportUrl, catalogImportErrorsUrl, isFinished } from './catalog-import-api.ts';

describe('catalogExportUrl', () => {
  it('carries the list filters but not the paging', () => {
    expect(catalogExportUrl({})).toBe('/api/catalog/export.xlsx');
    expect(catalogExportUrl({ q: '食品 许可', publicationStatus: 'published', changeStatus: undefined, page: 3, pageSize: 50 })).toBe(
      '/api/catalog/export.xlsx?q=%E9%A3%9F%E5%93%81+%E8%AE%B8%E5%8F%AF&publicationStatus=published',
    );
  });
});

describe('imports', () => {
  it('finish when they succeed or fail', () => {
    expect(['queued', 'validating', 'importing', 'succeeded', 'failed'].map((s) => isFinished(s as never))).toEqual([false, false, false, true, true]);
  });

  it('link to their error report', () => {
    expect(catalogImportErrorsUrl('0b5f3c1e-2c1a-4d7e-9a55-6f0b1b2c3d4e')).toBe('/api/catalog/imports/0b5f3c1e-2c1a-4d7e-9a55-6f0b1b2c3d4e/errors.xlsx');
  });
});
