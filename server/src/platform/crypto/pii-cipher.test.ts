import { describe, expect, it } from 'vitest';
import { createPiiCipher } from './pii-cipher.ts';

const key = '0123456789abcdef0123456789abcdef';

describe('PII cipher (SM4-GCM + keyed SM3 blind index)', () => {
  const cipher = createPiiCipher(key);

  it('round-trips, with a fresh IV every time', () => {
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('11010519491231002X');
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
    expect(cipher.decrypt(cipher.encrypt('张三 13904760001'))).toBe('张三 13904760001');
  });

  it('refuses tampered ciphertext', () => {
    const stored = cipher.encrypt('13904760001');
    const [v, iv, data, tag] = stored.split(':') as [string, string, string, string];
    const flipped = data.slice(0, -1) + (data.endsWith('0') ? '1' : '0');
    expect(() => cipher.decrypt([v, iv, flipped, tag].join(':'))).toThrow();
  });

  it('gives a stable blind index that depends on the key and ignores case of the check character', () => {
    expect(cipher.blindIndex('11010519491231002x')).toBe(cipher.blindIndex('11010519491231002X'));
    expect(cipher.blindIndex('13904760001')).toMatch(/^[0-9a-f]{64}$/);
    expect(createPiiCipher('f'.repeat(32)).blindIndex('13904760001')).not.toBe(cipher.blindIndex('13904760001'));
  });
});
