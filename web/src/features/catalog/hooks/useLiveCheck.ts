import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkImplementation, compressionRatio, type CheckContext, type Finding, type ImplementationContent } from '@onetrip/core';
import type { FormInstance } from 'antd';
import { hasChanges, toContent, type EditorValues } from '../components/editor/editor-values.ts';

/** Typing pauses this long before the checker runs again (74 rules over the document take a few milliseconds). */
export const LIVE_CHECK_DELAY_MS = 300;

export interface LiveCheck {
  /** The content the form state would save. */
  content: ImplementationContent;
  findings: Finding[];
  blocking: Finding[];
  compressionRatio: number | null;
  hasUnsavedChanges: boolean;
  /** Call on every change of the form: the check runs once typing pauses. */
  schedule: () => void;
  /** Reads the form now (before a save) and returns its values. */
  flush: () => EditorValues;
}

/**
 * Runs core's guide checker (pure, the same rules the server enforces) in the browser on the editor's form state,
 * debounced, and tells whether the state differs from `base`, the content the edit started from or last saved.
 */
export function useLiveCheck(options: {
  form: FormInstance<EditorValues>;
  initialValues: EditorValues;
  base: ImplementationContent;
  isInherited: boolean;
  ctx: CheckContext | null;
}): LiveCheck {
  const { form, initialValues, base, isInherited, ctx } = options;
  const [values, setValues] = useState<EditorValues>(initialValues);
  const timer = useRef<number | undefined>(undefined);

  const read = useCallback(() => form.getFieldsValue(true) as EditorValues, [form]);
  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setValues(read()), LIVE_CHECK_DELAY_MS);
  }, [read]);
  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const current = read();
    setValues(current);
    return current;
  }, [read]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const content = useMemo(() => toContent(values, base, { isInherited }), [values, base, isInherited]);
  const findings = useMemo(() => (ctx ? checkImplementation(content, ctx) : []), [content, ctx]);
  const hasUnsavedChanges = useMemo(() => hasChanges(values, base, { isInherited }), [values, base, isInherited]);
  return {
    content,
    findings,
    blocking: findings.filter((finding) => finding.blocksSave),
    compressionRatio: compressionRatio(content),
    hasUnsavedChanges,
    schedule,
    flush,
  };
}
