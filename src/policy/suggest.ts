/**
 * Close-id suggestions for an unknown policy id: edit distance on ids written the catalog's way (lower case,
 * hyphens, so `cn.nmpa.drug.ind_standard` is close to `cn.nmpa.drug.ind`), plus ids that contain what was typed,
 * preferring the id that what was typed extends by one segment (`cn.nmpa.drug.nda.standard` → `cn.nmpa.drug.nda`)
 * and, among equally close ids, the one sharing the most leading segments.
 *
 * @module
 */

/** Levenshtein distance, with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

function normalise(id: string): string {
  return id.trim().toLowerCase().replace(/[_\s]+/g, '-');
}

/**
 * The score of an id that what was typed extends by one dotted segment (`cn.nmpa.drug.nda` for
 * `cn.nmpa.drug.nda.standard`): between an edit distance of 2 and 3, so that a slip or two (`…nda.priorty`, a
 * swapped pair) still suggests the id it mistypes first, and anything further suggests the parent id first.
 */
const PARENT_SCORE = 2.5;

/** How many leading dotted segments two ids share. */
function sharedSegments(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Up to `max` ids close to `id`, closest first: within an edit distance of a third of the id's length (at least 3),
 * or containing it, or contained in it as a whole dotted prefix. An id that `id` extends by one segment
 * (`known.x`) scores 2.5, ahead of everything but near typos; ties go to the id sharing the most leading segments
 * with `id`, then to the shorter id. Only the first 200 characters of `id` are read.
 *
 * @example
 * closestIds('cn.nmpa.drug.nda.priorty', ids) //=> ['cn.nmpa.drug.nda.priority', 'cn.nmpa.drug.nda', …]
 * closestIds('cn.nmpa.drug.nda.standard', ids) //=> ['cn.nmpa.drug.nda', 'cn.nmpa.drug.nda.priority', …]
 */
export function closestIds(id: string, ids: readonly string[], max = 3): string[] {
  const wanted = normalise(id.slice(0, 200));
  if (!wanted) return [];
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  const scored: { id: string; score: number; shared: number }[] = [];
  for (const candidate of ids) {
    let score = editDistance(wanted, candidate, limit);
    const extension = wanted.startsWith(`${candidate}.`) ? wanted.slice(candidate.length + 1) : undefined;
    if (extension !== undefined && extension !== '' && !extension.includes('.')) score = Math.min(score, PARENT_SCORE);
    else if (score > limit) {
      if (candidate.includes(wanted) || wanted.startsWith(`${candidate}.`) || wanted.startsWith(`${candidate}-`)) score = limit + 1;
      else continue;
    }
    scored.push({ id: candidate, score, shared: sharedSegments(wanted, candidate) });
  }
  scored.sort((a, b) => a.score - b.score || b.shared - a.shared || a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
  return scored.slice(0, max).map((s) => s.id);
}
