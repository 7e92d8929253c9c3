import { useState } from 'react';

/** Copies text and reports the outcome in words for a status region; browsers may refuse clipboard access. */
export function useClipboard(done: string): { status: string; copy: (text: string) => Promise<void> } {
  const [status, setStatus] = useState('');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus('Copying was not allowed: select the text and copy it.');
    }
  };
  return { status, copy };
}
