import { VectorId } from './schema/openapi.generated';

/**
 * The first vector that a list of scores names a second time, with both places, or undefined
 * when each vector appears at most once. An OpenAPI document cannot say "each vector once", so
 * every path that takes scores (the HTTP API, the actions, the level rules) asks this.
 *
 * @public
 */
export function findRepeatedVector(
  scores: ReadonlyArray<{ vector: VectorId }>,
): { vector: VectorId; index: number; firstIndex: number } | undefined {
  const seenAt = new Map<VectorId, number>();
  for (const [index, { vector }] of scores.entries()) {
    const firstIndex = seenAt.get(vector);
    if (firstIndex !== undefined) return { vector, index, firstIndex };
    seenAt.set(vector, index);
  }
  return undefined;
}

/**
 * The error message for a vector given twice, naming the field: one wording on every path.
 *
 * @public
 */
export function repeatedVectorMessage(repeat: {
  vector: VectorId;
  index: number;
}): string {
  return `scores[${repeat.index}].vector "${repeat.vector}" appears more than once`;
}
