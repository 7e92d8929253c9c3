import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SortState } from '../../lib/url-state';
import { useClickedSort } from './use-clicked-sort';

const A: SortState = { column: 'a', descending: false };
const B: SortState = { column: 'b', descending: false };

describe('useClickedSort', () => {
  it('answers the clicks one at a time, never stepping back to an older one, then follows Back', () => {
    const { result, rerender } = renderHook((props: { sort: SortState | null }) => useClickedSort(props.sort, props), {
      initialProps: { sort: null as SortState | null },
    });
    act(() => result.current[1](A));
    act(() => result.current[1](B));
    expect(result.current[0]).toEqual(B);
    rerender({ sort: { ...A } });
    expect(result.current[0]).toEqual(B);
    // A re-render with the same answer waits on.
    rerender({ sort: { ...A } });
    expect(result.current[0]).toEqual(B);
    rerender({ sort: { ...B } });
    expect(result.current[0]).toEqual(B);
    rerender({ sort: { ...A } });
    expect(result.current[0]).toEqual(A);
  });

  // As the address does where its sort parameter rejects the column: the caller draws the table again with the same sort.
  it('drops a click once its caller draws the table again with the very same sort', () => {
    const { result, rerender } = renderHook((props: { sort: SortState | null }) => useClickedSort(props.sort, props), {
      initialProps: { sort: null as SortState | null },
    });
    act(() => result.current[1](A));
    expect(result.current[0]).toEqual(A);
    rerender({ sort: null });
    expect(result.current[0]).toBeNull();
  });

  // Equal clicks are ambiguous (A, B, A answered one at a time or at once): the caller's newest sort wins, so Back is never hidden.
  it('keeps nothing waiting once the caller skips straight to the newest click, so Back shows what it gives', () => {
    const { result, rerender } = renderHook((props: { sort: SortState | null }) => useClickedSort(props.sort, props), {
      initialProps: { sort: null as SortState | null },
    });
    act(() => result.current[1](A));
    act(() => result.current[1](B));
    act(() => result.current[1](A));
    rerender({ sort: { ...A } });
    expect(result.current[0]).toEqual(A);
    rerender({ sort: { ...B } });
    expect(result.current[0]).toEqual(B);
  });
});
