// The messages between an import and its worker thread; types only, so both sides share them
// without the main thread loading the iCal parser.

import type { ImportLimits } from '../service/limits';
import type { ExpandedEvent } from './readSchedule';

/** What the worker is asked to read, as `workerData`. */
export interface WorkerRequest {
  readonly ics: string;
  /** Epoch milliseconds of the window. */
  readonly from: number;
  readonly to: number;
  readonly timezone?: string;
  readonly limits: ImportLimits;
}

/** What the worker tells the import, in order: `started`, any `event`s, then one outcome. */
export type WorkerReply =
  /** Its modules are loaded; the time limit runs from here. */
  | { readonly type: 'started' }
  /** It begins to expand the event with this UID. */
  | { readonly type: 'event'; readonly uid: string }
  | { readonly type: 'done'; readonly events: ExpandedEvent[] }
  /** The calendar is bad or over a cap; the message starts with `ics` and names the event. */
  | { readonly type: 'invalid'; readonly message: string }
  /** Anything else went wrong. */
  | { readonly type: 'failed'; readonly message: string };
