import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableList } from './stable-list';

describe('useStableList', () => {
  it('keeps the same array while the codes are the same, so memos keyed on it keep', () => {
    const { result, rerender } = renderHook(({ list }) => useStableList(list), { initialProps: { list: ['CH1', 'CH2'] } });
    const first = result.current;
    expect(first).toEqual(['CH1', 'CH2']);
    rerender({ list: ['CH1', 'CH2'] });
    expect(result.current).toBe(first);
    rerender({ list: ['CH2', 'CH1'] });
    expect(result.current).toEqual(['CH2', 'CH1']);
    expect(result.current).not.toBe(first);
    rerender({ list: [] });
    expect(result.current).toEqual([]);
  });
});
