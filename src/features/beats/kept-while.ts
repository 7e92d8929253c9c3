import { useState } from 'react';

/**
 * `value`, except while `hold` is set: then the value of the last render
 * without it (React's pattern for keeping what an earlier render showed).
 * The beat trends hold their drawing so while a crime type's figures load.
 */
export function useKeptWhile<T>(value: T, hold: boolean): T {
  const [kept, setKept] = useState(value);
  if (!hold && kept !== value) setKept(value);
  return hold ? kept : value;
}
