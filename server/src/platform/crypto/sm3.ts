import { sm3 } from 'sm-crypto-v2';

export { canonicalJson } from '@onetrip/core';

/** SM3 digest (GB/T 32905) of a UTF-8 string, as 64 lower-case hex characters. */
export function sm3Hex(text: string): string {
  return sm3(text);
}
