/**
 * The chunk graph Vite writes with `build.manifest: true` (`.vite/manifest.json`),
 * read by the prerender (which chunks a page preloads) and the script budgets
 * (which chunks a page loads). Checked, because it is a file like any other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    src: z.string().optional(),
    name: z.string().optional(),
    isEntry: z.boolean().optional(),
    isDynamicEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);
export type BuildManifest = z.infer<typeof manifestSchema>;

export function readBuildManifest(outDir: string): BuildManifest {
  return manifestSchema.parse(JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')));
}

/** Every chunk a module needs, itself first, following static imports (dynamic ones load on demand). */
export function chunkClosure(manifest: BuildManifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const entry = manifest[key];
  if (!entry) return [];
  return [key, ...(entry.imports ?? []).flatMap((k) => chunkClosure(manifest, k, seen))];
}
