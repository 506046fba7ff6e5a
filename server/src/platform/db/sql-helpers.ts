/** Escapes LIKE wildcards in user text so a search for "50%" matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
