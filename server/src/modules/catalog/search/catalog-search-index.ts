/**
 * An in-process inverted index of the published catalogue, derived from PostgreSQL (the source of truth: each
 * implementation's weighted search vector and listing fields) and kept in step by catalog-search-sync.ts.
 *
 * Why not rank in SQL: a broad citizen query (登记, 户口, 社保) matches a quarter of a 20,000-item catalogue, and
 * PostgreSQL must evaluate and rank every match to find the first page (10–15 ms of a core per query, whatever the
 * index). Here a query costs a walk over the posting lists of its terms: well under a millisecond.
 *
 * Ranking (the same rules the SQL ranking used, documented in docs/ARCHITECTURE.md):
 *   1. the name equals the query (typed text) ≫ starts with it ≫ contains it;
 *   2. the score: for each query group, the weights of the terms matched (name 1.0, item/department/result 0.4,
 *      conditions 0.2, materials 0.1; more synonyms matched → higher);
 *   3. shorter names, then higher levels, then the catalogue's own order (basic code), then the name.
 *
 * Structure: an immutable base (posting lists in typed arrays, built in one pass) plus a small overlay of documents
 * added or changed since (their postings in plain arrays) and a tombstone per replaced or removed document. The
 * base is rebuilt when the overlay grows, so a publication never costs a full rebuild on the request path.
 */

export interface SearchDocument {
  id: string;
  code: string;
  name: string;
  level: number;
  basicCode: string;
  typeCode: string;
  departmentId: string;
  regionCode: string;
  caseKind: string;
  onlineDepth: number;
  tripsToSite: number;
  audiences: string[];
  themes: string[];
  /** Lexeme → weight (3 = A name, 2 = B, 1 = C, 0 = D). */
  lexemes: ReadonlyMap<string, number>;
}

export interface SearchFilters {
  audience?: string | undefined;
  theme?: string | undefined;
  departmentId?: string | undefined;
  level?: number | undefined;
  typeCode?: string | undefined;
}

/** ts_rank's default weights for D, C, B, A. */
const WEIGHT_VALUES = [0.1, 0.2, 0.4, 1.0] as const;

/** Parses PostgreSQL's text form of a tsvector ('户口':1A '迁移':2A,5 …) into lexeme → best weight (D when none). */
export function parseTsvector(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const pattern = /'((?:[^']|'')*)'(?::([0-9A-D,]+))?/g;
  for (const match of text.matchAll(pattern)) {
    const lexeme = match[1]!.replace(/''/g, "'");
    let weight = 0;
    for (const position of (match[2] ?? '').split(',')) {
      const letter = position.at(-1);
      const w = letter === 'A' ? 3 : letter === 'B' ? 2 : letter === 'C' ? 1 : 0;
      if (w > weight) weight = w;
    }
    out.set(lexeme, Math.max(out.get(lexeme) ?? 0, weight));
  }
  return out;
}

interface Postings {
  /** Slots in ascending order. */
  docs: Int32Array;
  weights: Uint8Array;
}

/** A document as stored: its lexemes live in the posting lists (base) or in `overlayLexemes` (overlay). */
export type IndexedDocument = Omit<SearchDocument, 'lexemes'>;

export class CatalogSearchIndex {
  private docs: (IndexedDocument | null)[] = [];
  private readonly slotById = new Map<string, number>();
  private base = new Map<string, Postings>();
  /** Slots below this are covered by `base`; slots from it on are the overlay. */
  private baseSize = 0;
  private overlay = new Map<string, number[]>();
  private overlayLexemes = new Map<number, ReadonlyMap<string, number>>();
  private tombstones = 0;
  /** Scratch space per slot, reused across queries (the index serves one query at a time: JS is single-threaded). */
  private score = new Float64Array(0);
  private groupsMatched = new Int32Array(0);
  private lastGroup = new Int32Array(0);
  private generation = 0;
  private stamp = new Int32Array(0);
  /** Every live document in catalogue order (browsing without a query), computed on first use after a change. */
  private ordered: IndexedDocument[] | null = null;

  constructor(documents: Iterable<SearchDocument> = []) {
    for (const doc of documents) this.addToOverlay(doc);
    this.rebuild();
  }

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /** Every live document in catalogue order (level, basic code, name). */
  all(): readonly IndexedDocument[] {
    this.ordered ??= this.docs.filter((d): d is IndexedDocument => d !== null).sort(catalogueOrder);
    return this.ordered;
  }

  /** Adds or replaces a document. */
  upsert(doc: SearchDocument): void {
    this.remove(doc.id);
    this.addToOverlay(doc);
    this.maybeRebuild();
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.docs[slot] = null;
    this.overlayLexemes.delete(slot);
    this.ordered = null;
    this.slotById.delete(id);
    this.tombstones += 1;
    this.maybeRebuild();
  }

  private addToOverlay(doc: SearchDocument): void {
    this.ordered = null;
    const { lexemes, ...stored } = doc;
    const slot = this.docs.length;
    this.docs.push(stored);
    this.slotById.set(doc.id, slot);
    this.overlayLexemes.set(slot, lexemes);
    for (const lexeme of lexemes.keys()) {
      let list = this.overlay.get(lexeme);
      if (!list) this.overlay.set(lexeme, (list = []));
      list.push(slot);
    }
  }

  private maybeRebuild(): void {
    const overlaySize = this.docs.length - this.baseSize;
    if (overlaySize > 1_000 + this.baseSize / 10 || this.tombstones > 1_000 + this.baseSize / 10) this.rebuild();
  }

  /**
   * Compacts the documents (dropping tombstones) and merges the overlay into new base posting lists: the old base
   * lists are copied with slots renumbered, then the overlay documents' lexemes appended (slots stay ascending).
   */
  rebuild(): void {
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const live: IndexedDocument[] = [];
    this.docs.forEach((doc, slot) => {
      if (doc) {
        renumber[slot] = live.length;
        live.push(doc);
      }
    });
    const counts = new Map<string, number>();
    for (const [lexeme, postings] of this.base) {
      let n = 0;
      for (const slot of postings.docs) if (renumber[slot]! >= 0) n += 1;
      if (n > 0) counts.set(lexeme, n);
    }
    const overlaySlots = [...this.overlayLexemes.keys()].filter((slot) => renumber[slot]! >= 0).sort((a, b) => a - b);
    for (const slot of overlaySlots) for (const lexeme of this.overlayLexemes.get(slot)!.keys()) counts.set(lexeme, (counts.get(lexeme) ?? 0) + 1);
    const base = new Map<string, Postings>();
    const fill = new Map<string, number>();
    for (const [lexeme, n] of counts) {
      base.set(lexeme, { docs: new Int32Array(n), weights: new Uint8Array(n) });
      fill.set(lexeme, 0);
    }
    const put = (lexeme: string, slot: number, weight: number) => {
      const postings = base.get(lexeme)!;
      const at = fill.get(lexeme)!;
      postings.docs[at] = slot;
      postings.weights[at] = weight;
      fill.set(lexeme, at + 1);
    };
    for (const [lexeme, postings] of this.base) {
      for (let i = 0; i < postings.docs.length; i += 1) {
        const slot = renumber[postings.docs[i]!]!;
        if (slot >= 0) put(lexeme, slot, postings.weights[i]!);
      }
    }
    for (const slot of overlaySlots) for (const [lexeme, weight] of this.overlayLexemes.get(slot)!) put(lexeme, renumber[slot]!, weight);
    this.docs = live;
    this.slotById.clear();
    live.forEach((d, slot) => this.slotById.set(d.id, slot));
    this.base = base;
    this.baseSize = live.length;
    this.overlay = new Map();
    this.overlayLexemes = new Map();
    this.tombstones = 0;
    this.ordered = null;
  }

  /** The weight of a lexeme in a document, or undefined when the document does not have it. */
  private weightOf(lexeme: string, slot: number): number | undefined {
    if (slot >= this.baseSize) return this.overlayLexemes.get(slot)?.get(lexeme);
    const postings = this.base.get(lexeme);
    if (!postings) return undefined;
    let lo = 0;
    let hi = postings.docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = postings.docs[mid]!;
      if (at === slot) return postings.weights[mid];
      if (at < slot) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private ensureScratch(): void {
    if (this.score.length >= this.docs.length) return;
    const n = Math.max(this.docs.length, 1024) * 2;
    this.score = new Float64Array(n);
    this.groupsMatched = new Int32Array(n);
    this.lastGroup = new Int32Array(n);
    this.stamp = new Int32Array(n);
    this.generation = 0;
  }

  /** Calls visit(slot, weight) for every live document holding the lexeme. */
  private eachPosting(lexeme: string, visit: (slot: number, weight: number) => void): void {
    const postings = this.base.get(lexeme);
    if (postings) {
      for (let i = 0; i < postings.docs.length; i += 1) {
        const slot = postings.docs[i]!;
        if (this.docs[slot] !== null) visit(slot, postings.weights[i]!);
      }
    }
    const extra = this.overlay.get(lexeme);
    if (extra) {
      for (const slot of extra) {
        if (this.docs[slot] !== null) visit(slot, this.overlayLexemes.get(slot)!.get(lexeme)!);
      }
    }
  }

  /**
   * Documents matching every group (some alternative of the group has all its terms), with their scores.
   * Alternatives are ANDs of terms: the rarest term is walked and the others looked up in the document.
   */
  match(groups: readonly (readonly (readonly string[])[])[]): { slots: number[]; score: Float64Array } {
    this.ensureScratch();
    this.generation += 1;
    const gen = this.generation;
    let candidates: number[] = [];
    groups.forEach((alternatives, g) => {
      const touched: number[] = [];
      for (const terms of alternatives) {
        const [first, ...rest] = [...terms].sort((a, b) => this.postingCount(a) - this.postingCount(b));
        if (first === undefined) continue;
        this.eachPosting(first, (slot, weight) => {
          // Only documents that matched every earlier group stay candidates.
          if (g > 0 && (this.stamp[slot] !== gen || (this.groupsMatched[slot] !== g && this.lastGroup[slot] !== g))) return;
          let sum = WEIGHT_VALUES[weight]!;
          for (const term of rest) {
            const w = this.weightOf(term, slot);
            if (w === undefined) return;
            sum += WEIGHT_VALUES[w]!;
          }
          if (this.stamp[slot] !== gen) {
            this.stamp[slot] = gen;
            this.score[slot] = 0;
            this.groupsMatched[slot] = 0;
            this.lastGroup[slot] = -1;
          }
          this.score[slot] = this.score[slot]! + sum / terms.length;
          if (this.lastGroup[slot] !== g) {
            this.lastGroup[slot] = g;
            this.groupsMatched[slot] = this.groupsMatched[slot]! + 1;
            touched.push(slot);
          }
        });
      }
      candidates = touched;
    });
    return { slots: candidates.filter((slot) => this.groupsMatched[slot] === groups.length), score: this.score };
  }

  private postingCount(lexeme: string): number {
    return (this.base.get(lexeme)?.docs.length ?? 0) + (this.overlay.get(lexeme)?.length ?? 0);
  }

  /**
   * One page of results and the total. With `groups` (a planned query): ranked as described above; without: every
   * document in catalogue order (level, basic code, name).
   */
  search(query: { groups: string[][][] | null; text: string; filters: SearchFilters; offset: number; limit: number }): { docs: IndexedDocument[]; total: number } {
    const keep = filterPredicate(query.filters);
    if (query.groups === null) {
      const all = this.all().filter(keep);
      return { docs: all.slice(query.offset, query.offset + query.limit), total: all.length };
    }
    const { slots, score } = this.match(query.groups);
    const text = query.text;
    const ranked = slots
      .filter((slot) => keep(this.docs[slot]!))
      .map((slot) => {
        const doc = this.docs[slot]!;
        const boost = doc.name === text ? 3 : doc.name.startsWith(text) ? 2 : doc.name.includes(text) ? 1 : 0;
        return { doc, boost, score: score[slot]! };
      });
    const page = topK(ranked, query.offset + query.limit, (a, b) => b.boost - a.boost || b.score - a.score || a.doc.name.length - b.doc.name.length || catalogueOrder(a.doc, b.doc));
    return { docs: page.slice(query.offset).map((r) => r.doc), total: ranked.length };
  }
}

/** The first k items in order: a full sort for small inputs, a bounded insertion otherwise (first pages are the norm). */
export function topK<T>(items: T[], k: number, order: (a: T, b: T) => number): T[] {
  if (items.length <= k * 4) return items.sort(order).slice(0, k);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && order(item, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(item, best[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

function catalogueOrder(a: IndexedDocument, b: IndexedDocument): number {
  return a.level - b.level || compare(a.basicCode, b.basicCode) || compare(a.name, b.name);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function filterPredicate(f: SearchFilters): (d: IndexedDocument) => boolean {
  return (d) =>
    (f.audience === undefined || d.audiences.includes(f.audience))
    && (f.theme === undefined || d.themes.includes(f.theme))
    && (f.departmentId === undefined || d.departmentId === f.departmentId)
    && (f.level === undefined || d.level === f.level)
    && (f.typeCode === undefined || d.typeCode === f.typeCode);
}
