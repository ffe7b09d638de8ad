/**
 * Close-id suggestions for an unknown policy id: edit distance on ids written the catalog's way (lower case,
 * hyphens, so `cn.nmpa.drug.ind_standard` is close to `cn.nmpa.drug.ind`), plus ids that contain what was typed.
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
 * Up to `max` ids close to `id`, closest first: within an edit distance of a third of the id's length (at least 3),
 * or containing it, or contained in it as a whole dotted prefix.
 *
 * @example
 * closestIds('cn.nmpa.drug.nda.priorty', ids) //=> ['cn.nmpa.drug.nda.priority', …]
 */
export function closestIds(id: string, ids: readonly string[], max = 3): string[] {
  const wanted = normalise(id.slice(0, 200));
  if (!wanted) return [];
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  const scored: { id: string; score: number }[] = [];
  for (const candidate of ids) {
    let score = editDistance(wanted, candidate, limit);
    if (score > limit) {
      if (candidate.includes(wanted) || wanted.startsWith(`${candidate}.`) || wanted.startsWith(`${candidate}-`)) score = limit + 1;
      else continue;
    }
    scored.push({ id: candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
  return scored.slice(0, max).map((s) => s.id);
}
