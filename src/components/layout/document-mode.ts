import { createContext, useContext } from 'react';

/**
 * True inside a page made to be read on paper (the meeting pack): shared
 * components leave out their controls (buttons, pickers, toggles), draw
 * charts at once and show a chart together with its table.
 */
export const DocumentModeContext = createContext(false);

export function useDocumentMode(): boolean {
  return useContext(DocumentModeContext);
}
