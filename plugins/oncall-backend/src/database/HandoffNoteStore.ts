import { HandoffNote } from '@agile-ops/plugin-oncall-common';

/** Where the notes left for the person taking over at a hand-off are kept. */
export interface HandoffNoteStore {
  /** The notes of a rotation's hand-offs in `[from, to)`, by hand-off, then oldest first. */
  list(rotationId: string, from: Date, to: Date): Promise<HandoffNote[]>;
  create(note: HandoffNote): Promise<HandoffNote>;
}
