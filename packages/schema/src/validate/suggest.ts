import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `value`, when it is near enough to be a likely typo: at most a third of
 * the longer word's letters apart (so "mutiple-choice" finds "multiple-response" only if it is close),
 * ignoring case.
 *
 * @example nearest('consequense-1', ['consequence-1', 'start']) // 'consequence-1'
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = value.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(Math.max(value.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/**
 * A hint naming the nearest candidate, or listing the candidates when there are few.
 *
 * @example didYouMean('txt', ['text', 'heading']) // 'did you mean "text"?'
 */
export function didYouMean(value: string, candidates: readonly string[], listUpTo = 8): string | undefined {
  const near = nearest(value, candidates);
  if (near !== undefined) return `did you mean "${near}"?`;
  if (candidates.length === 0) return undefined;
  if (candidates.length <= listUpTo) return `expected one of ${candidates.map((c) => `"${c}"`).join(', ')}`;
  return undefined;
}
