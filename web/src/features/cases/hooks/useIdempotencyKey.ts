import { useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
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

/**
 * A state-changing action sent with an Idempotency-Key (`send(input, key)`): the key is kept while a retry may be needed
 * (network error, 5xx) so that the retry is answered with the first result, and replaced after any other answer.
 * `onSuccess` (e.g. reloading what the action changed) runs after the key is reset; a promise it returns is awaited.
 */
export function useIdempotentMutation<TInput, TResult>(
  send: (input: TInput, key: string) => Promise<TResult>,
  options: { onSuccess?: (result: TResult) => unknown } = {},
) {
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: TInput) => send(input, idempotency.current()),
    onSuccess: (result: TResult) => {
      idempotency.reset();
      return options.onSuccess?.(result);
    },
    onError: (error) => idempotency.resetUnlessRetryable(error),
  });
}
