import { HandoffNote } from '@agile-ops/plugin-oncall-common';
import { Knex } from 'knex';
import { iso, Timestamp } from '@agile-ops/common';
import { HandoffNoteStore } from './HandoffNoteStore';

const TABLE = 'oncall_handoff_notes';

type NoteRow = {
  id: string;
  rotation_id: string;
  handoff_at: Timestamp;
  text: string;
  author: string;
  created_at: Timestamp;
};

function noteFromRow(row: NoteRow): HandoffNote {
  return {
    id: row.id,
    rotationId: row.rotation_id,
    at: iso(row.handoff_at),
    text: row.text,
    author: row.author,
    createdAt: iso(row.created_at),
  };
}

/** The knex implementation of {@link HandoffNoteStore}, for SQLite and PostgreSQL. */
export class DatabaseHandoffNoteStore implements HandoffNoteStore {
  constructor(private readonly db: Knex) {}

  async list(rotationId: string, from: Date, to: Date): Promise<HandoffNote[]> {
    const rows: NoteRow[] = await this.db(TABLE)
      .where({ rotation_id: rotationId })
      .where('handoff_at', '>=', from)
      .where('handoff_at', '<', to)
      .orderBy([
        { column: 'handoff_at', order: 'asc' },
        { column: 'created_at', order: 'asc' },
      ]);
    return rows.map(noteFromRow);
  }

  async create(note: HandoffNote): Promise<HandoffNote> {
    await this.db(TABLE).insert({
      id: note.id,
      rotation_id: note.rotationId,
      handoff_at: new Date(note.at),
      text: note.text,
      author: note.author,
      created_at: new Date(note.createdAt),
    });
    return note;
  }
}
