// Checks of an import that need no iCal parser, so the main thread can make them before it
// starts a worker, and the worker can make them again when it runs on its own.

import type { ImportLimits } from '../service/limits';

/** Throws a RangeError naming the cap when the calendar text is longer than it allows. */
export function checkCharacters(ics: string, limits: ImportLimits): void {
  if (typeof ics !== 'string') {
    throw new TypeError('ics must be a string');
  }
  if (ics.length > limits.maxCharacters) {
    throw new RangeError(
      `ics has ${ics.length} characters, more than the limit of ${limits.maxCharacters}`,
    );
  }
}
