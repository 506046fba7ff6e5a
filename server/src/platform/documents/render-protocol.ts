/** Messages between the render pool and its worker threads. */
export interface RenderRequest {
  id: number;
  definition: unknown;
}

export type RenderReply =
  | { id: number; ok: true; pdf: Uint8Array }
  | { id: number; ok: false; error: { name: string; message: string } };
