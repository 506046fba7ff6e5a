/**
 * Builds and stores the search vector of an implementation's version in force. Called whenever the version in
 * force changes (publication, demo seed) and at start-up for rows that have none yet.
 */
import { sql } from 'kysely';
import { cjkBigrams, cleanLexeme, type ImplementationContent } from '@onetrip/core';
import type { DbOrTx } from '../../platform/db/database.ts';
import { segment } from '../../platform/search/segmenter.ts';

function lexemes(...texts: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const token of segment(text)) {
      const lexeme = cleanLexeme(token);
      if (lexeme) out.add(lexeme);
    }
  }
  return [...out];
}

export function searchLexemes(content: ImplementationContent, basicName: string, departmentName: string) {
  const a = new Set([...lexemes(content.name), ...cjkBigrams(content.name)]);
  const b = lexemes(basicName, departmentName, content.result.name).filter((l) => !a.has(l));
  const c = lexemes(...content.conditions).filter((l) => !a.has(l));
  const d = lexemes(...content.materials.map((m) => m.name)).filter((l) => !a.has(l));
  return { a: [...a], b, c, d };
}

/**
 * tsvector input text with a position and weight per lexeme ('户口':1A '迁移':2A …). PostgreSQL keeps weights on
 * positions, so a vector without positions (array_to_tsvector) would rank every match alike. Lexemes are cleaned to
 * letters, digits and Han characters, so they need no escaping.
 */
export function tsvectorText(groups: { a: string[]; b: string[]; c: string[]; d: string[] }): string {
  const parts: string[] = [];
  let position = 1;
  const seen = new Set<string>();
  for (const [weight, lexemes] of [['A', groups.a], ['B', groups.b], ['C', groups.c], ['D', groups.d]] as const) {
    for (const lexeme of lexemes) {
      if (seen.has(lexeme) || position > 16_000) continue;
      seen.add(lexeme);
      parts.push(`'${lexeme}':${position}${weight}`);
      position += 1;
    }
  }
  return parts.join(' ');
}

/** Recomputes the vector of one implementation from its version in force (null when it has none). */
export async function refreshSearchVector(db: DbOrTx, implementationId: string): Promise<void> {
  const row = await db
    .selectFrom('implementations as i')
    .innerJoin('basic_items as b', 'b.code', 'i.basic_code')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .leftJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
    .select(['v.content', 'b.name as basic_name', 'd.name as department_name'])
    .where('i.id', '=', implementationId)
    .executeTakeFirst();
  if (!row) return;
  if (!row.content) {
    await sql`UPDATE implementations SET search_vector = NULL WHERE id = ${implementationId}`.execute(db);
    return;
  }
  await sql`UPDATE implementations SET search_vector = ${tsvectorText(searchLexemes(row.content, row.basic_name, row.department_name))}::tsvector WHERE id = ${implementationId}`.execute(db);
}

/** Indexes every implementation with a version in force but no vector (after an upgrade, or a fresh seed). */
export async function indexMissingSearchVectors(db: DbOrTx): Promise<number> {
  const rows = await db.selectFrom('implementations').select('id').where('current_version', 'is not', null).where(sql<boolean>`search_vector IS NULL`).execute();
  for (const row of rows) await refreshSearchVector(db, row.id);
  return rows.length;
}
