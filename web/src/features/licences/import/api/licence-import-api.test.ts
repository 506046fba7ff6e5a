import { describe, expect, it } from 'vitest';
import { importPercent, isImportFinished, licenceImportErrorsUrl, licenceImportTemplateUrl } from './licence-import-api.ts';

describe('licence imports', () => {
  it('show progress as issued rows of all rows, 100 % only once completed', () => {
    expect(importPercent({ status: 'running', processedRows: 0, totalRows: 0 })).toBe(0);
    expect(importPercent({ status: 'running', processedRows: 250, totalRows: 1000 })).toBe(25);
    // Every row issued but not yet committed: not 100 % yet.
    expect(importPercent({ status: 'running', processedRows: 1000, totalRows: 1000 })).toBe(99);
    expect(importPercent({ status: 'completed', processedRows: 1000, totalRows: 1000 })).toBe(100);
    expect(['running', 'completed', 'failed'].map((s) => isImportFinished(s as never))).toEqual([false, true, true]);
  });

  it('link to the templates and the error report', () => {
    const id = '0b5f3c1e-2c1a-4d7e-9a55-6f0b1b2c3d4e';
    expect(licenceImportTemplateUrl(id, 'xlsx')).toBe(`/api/licence-types/${id}/import-template.xlsx`);
    expect(licenceImportTemplateUrl(id, 'csv')).toBe(`/api/licence-types/${id}/import-template.csv`);
    expect(licenceImportErrorsUrl(id)).toBe(`/api/licence-imports/${id}/errors.csv`);
  });
});
