import { Tag } from 'antd';

/**
 * Where an import stands, whatever statuses its own module has: the tag's colour and the progress bar follow it.
 * Each import page maps its statuses onto these (e.g. the catalogue's validating and importing are both running).
 */
export type ImportPhase = 'waiting' | 'running' | 'succeeded' | 'failed';

const COLORS: Record<ImportPhase, string> = { waiting: 'default', running: 'processing', succeeded: 'success', failed: 'error' };

/** An import's status: the colour of its phase, the page's own word for the status. */
export function ImportStatusTag({ phase, label }: { phase: ImportPhase; label: string }) {
  return <Tag color={COLORS[phase]}>{label}</Tag>;
}
