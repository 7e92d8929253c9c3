/**
 * Which meetings' tables are open, as the URL holds it: only the reader's
 * departures from the default, so a link names no more than was chosen and
 * the default can change without breaking old links.
 */
export interface MeetingDisclosure {
  /** Meetings opened although closed by default. */
  open: readonly string[];
  /** Meetings closed although open by default. */
  closed: readonly string[];
}

export function meetingOpen(key: string, openByDefault: boolean, d: MeetingDisclosure): boolean {
  if (d.open.includes(key)) return true;
  if (d.closed.includes(key)) return false;
  return openByDefault;
}

/** The disclosure after the reader sets one meeting open or closed; a choice equal to the default is dropped. */
export function toggleMeeting(d: MeetingDisclosure, key: string, open: boolean, openByDefault: boolean): MeetingDisclosure {
  const open_ = d.open.filter((k) => k !== key);
  const closed = d.closed.filter((k) => k !== key);
  if (open !== openByDefault) (open ? open_ : closed).push(key);
  return { open: open_, closed };
}
