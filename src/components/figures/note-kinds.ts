import type { NoteKind } from '../../data/schema';

/** How each kind of data note is introduced to a reader, wherever notes are listed. */
export const NOTE_KIND_LABELS: Readonly<Record<NoteKind, string>> = {
  inconsistency: 'Inconsistency',
  revision: 'Revised figure',
  interpretation: 'How we read it',
  remark: 'Note',
};
