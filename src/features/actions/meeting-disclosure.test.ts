import { describe, expect, it } from 'vitest';
import { meetingOpen, toggleMeeting } from './meeting-disclosure';

const none = { open: [], closed: [] };

describe('which meetings are open', () => {
  it('follows the default until the reader chooses', () => {
    expect(meetingOpen('2024-01-18', true, none)).toBe(true);
    expect(meetingOpen('2023-10-19', false, none)).toBe(false);
  });

  it('keeps only departures from the default, so the address names no more than was chosen', () => {
    const opened = toggleMeeting(none, '2023-10-19', true, false);
    expect(opened).toEqual({ open: ['2023-10-19'], closed: [] });
    expect(meetingOpen('2023-10-19', false, opened)).toBe(true);
    const closedNewest = toggleMeeting(opened, '2024-01-18', false, true);
    expect(closedNewest).toEqual({ open: ['2023-10-19'], closed: ['2024-01-18'] });
    // Back to the default: the meeting leaves the address.
    expect(toggleMeeting(closedNewest, '2023-10-19', false, false)).toEqual({ open: [], closed: ['2024-01-18'] });
  });

  it("keeps a reader's choice when a filter changes the default", () => {
    const closed = toggleMeeting(none, '2023-10-19', false, true);
    expect(meetingOpen('2023-10-19', true, closed)).toBe(false);
  });
});
