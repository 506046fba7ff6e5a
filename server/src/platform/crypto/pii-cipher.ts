/**
 * Protects personal data at rest (ID numbers, phones) with SM4-GCM, and derives a keyed SM3 blind index so a
 * value can be looked up and kept unique without decrypting every row.
 * Sub-keys are derived from one 128-bit master key (PII_MASTER_KEY) so the two uses never share a key.
 */
import { randomBytes } from 'node:crypto';
import { sm3, sm4 } from 'sm-crypto-v2';

export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  blindIndex(plain: string): string;
}

const VERSION = 'v1';

export function createPiiCipher(masterKeyHex: string): PiiCipher {
  if (!/^[0-9a-f]{32}$/i.test(masterKeyHex)) throw new Error('PII master key must be 32 hex characters');
  const encKey = sm3('onetrip/pii/encryption', { key: masterKeyHex, mode: 'hmac' }).slice(0, 32);
  const indexKey = sm3('onetrip/pii/blind-index', { key: masterKeyHex, mode: 'hmac' });
  return {
    encrypt(plain) {
      const iv = randomBytes(12).toString('hex');
      const { output, tag } = sm4.encrypt(new TextEncoder().encode(plain), encKey, { mode: 'gcm', iv, output: 'string', outputTag: true });
      return `${VERSION}:${iv}:${output}:${tag ?? ''}`;
    },
    decrypt(stored) {
      const [version, iv, data, tag] = stored.split(':');
      if (version !== VERSION || !iv || !data || !tag) throw new Error('unrecognised PII ciphertext');
      const bytes = sm4.decrypt(hexToBytes(data), encKey, { mode: 'gcm', iv, tag, output: 'array' });
      return new TextDecoder().decode(bytes);
    },
    blindIndex(plain) {
      return sm3(plain.trim().toUpperCase(), { key: indexKey, mode: 'hmac' });
    },
  };
}

function hexToBytes(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
