/** Messages between the SM2 pool and its worker threads. */
export type Sm2Request =
  | { id: number; op: 'generate' }
  | { id: number; op: 'sign'; data: Uint8Array; privateKeyHex: string; publicKeyHex: string }
  | { id: number; op: 'verify'; data: Uint8Array; signature: Uint8Array; publicKeyHex: string };

export type Sm2Reply =
  | { id: number; ok: true; op: 'generate'; privateKeyHex: string; publicKeyHex: string }
  | { id: number; ok: true; op: 'sign'; signature: Uint8Array }
  | { id: number; ok: true; op: 'verify'; valid: boolean }
  | { id: number; ok: false; error: { name: string; message: string } };
