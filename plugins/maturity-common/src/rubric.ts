/**
 * The version of the scoring rubric: the vectors, their level hints and the level scale.
 *
 * @remarks
 * Every stored score carries the rubric version it was given under, so that a trend
 * crossing a rubric change can be marked rather than silently compared like for like.
 * Bump it (format `YYYY-MM`) whenever a change to vectors, hints or levels could make
 * the same thing score differently; pure wording fixes do not need a bump.
 *
 * @public
 */
export const RUBRIC_VERSION = '2026-11';
