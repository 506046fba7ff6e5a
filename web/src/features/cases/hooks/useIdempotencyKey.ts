import { useRef } from 'react';
import { isApiError } from '../../../lib/api-client.ts';

/** True when a request may not have been carried out and must be retried with the same key. */
export function isRetryable(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || error.status >= 500);
}

/**
 * The Idempotency-Key of one attempt at an action: generated on first use, reused while the attempt is retried after a
 * network failure or a server error, and replaced once the server has answered.
 */
export function useIdempotencyKey() {
  const key = useRef<string | null>(null);
  return {
    current(): string {
      key.current ??= crypto.randomUUID();
      return key.current;
    },
    reset(): void {
      key.current = null;
    },
    resetUnlessRetryable(error: unknown): void {
      if (!isRetryable(error)) key.current = null;
    },
  };
}
