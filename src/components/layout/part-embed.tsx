import { createContext, useContext } from 'react';
import { EmbedDialog } from './embed-dialog';

/**
 * Embeds of one chart or table: the app knows the page's address and state,
 * the shared chart and table components know their own id and title. Null
 * where there is nothing to offer (inside an embed, in prerendered HTML).
 */
export interface PartEmbeds {
  snippetFor: (partId: string, title: string) => { snippet: string; origin: string; scriptText: string };
}

export const PartEmbedContext = createContext<PartEmbeds | null>(null);

/**
 * The `part` an embedded page shows alone, and how a chart or table knows it
 * is that part: the shell hides everything else (see .embed--part in global.css).
 */
export const PartShownContext = createContext<string>('');

/** The attribute that marks the one part an embed shows; CSS keeps it, its ancestors and its contents. */
export const PART_TARGET_ATTRIBUTE = 'data-part-target';

export function usePartTarget(partId: string): Record<string, string> {
  return useContext(PartShownContext) === partId ? { [PART_TARGET_ATTRIBUTE]: '' } : {};
}

export function PartEmbedButton({ partId, title, what }: { partId: string; title: string; what: 'chart' | 'table' }) {
  const embeds = useContext(PartEmbedContext);
  if (!embeds) return null;
  const { snippet, origin, scriptText } = embeds.snippetFor(partId, title);
  return <EmbedDialog what={what} name={title} snippet={snippet} origin={origin} scriptText={scriptText} />;
}
