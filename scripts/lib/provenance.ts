/**
 * Provenance: every printed value must stand, character for character, on
 * the line of the seed document it cites. The seeds are not part of this
 * repository; they are read from ../shared/seeds unless told otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedsMissing, seedsMissingMessage } from './seeds.ts';
import type { Sources } from './sources.ts';

export interface ProvenanceResult {
  /** Values found on their line of a seed document. */
  verified: number;
  /** Values found in their cell of an analyst's extract (checked when the sources were loaded). */
  verifiedInExtracts: number;
  problems: string[];
}

function normalise(s: string): string {
  // Documents mix non-breaking and ordinary spaces; a transcriber cannot see the difference.
  return s.replace(/\u00a0/g, ' ');
}

export function checkProvenance(sources: Sources, seedsDir: string): ProvenanceResult {
  if (!existsSync(seedsDir)) {
    throw new SeedsMissing(seedsMissingMessage(seedsDir));
  }
  const problems: string[] = [];
  let verified = 0;
  for (const doc of sources.documents) {
    // A release has no document: every row it holds cites an extract, checked cell by cell as the sources load.
    if (doc.publication.kind === 'release') continue;
    const path = join(seedsDir, doc.publication.source_document);
    if (!existsSync(path)) {
      problems.push(`seed document ${doc.publication.source_document} (snapshot ${doc.snapshotId}) is not in ${seedsDir}`);
      continue;
    }
    const lines = readFileSync(path, 'utf8').split('\n').map(normalise);
    const at = (file: string, row: number, line: number, printed: string, what: string, columns = ['source_line', 'value_as_printed']) => {
      const text = lines[line - 1];
      const [lineColumn, printedColumn] = columns;
      if (text === undefined) {
        problems.push(
          `${file}:${row}:${lineColumn}: line ${line} is past the end of ${doc.publication.source_document} (${lines.length} lines)`,
        );
      } else if (printed !== '' && !text.includes(normalise(printed))) {
        problems.push(
          `${file}:${row}:${printedColumn}: ${what} "${printed}" does not stand on line ${line} of ${doc.publication.source_document}`,
        );
      } else {
        return true;
      }
      return false;
    };
    const pub = doc.publication;
    if (pub.meeting_date_line !== null) {
      at(pub.csvFile, pub.csvRow, pub.meeting_date_line, pub.meeting_date_as_printed, 'meeting date', [
        'meeting_date_line',
        'meeting_date_as_printed',
      ]);
    }
    if (pub.publication_date_line !== null) {
      at(pub.csvFile, pub.csvRow, pub.publication_date_line, pub.publication_date_as_printed, 'publication date', [
        'publication_date_line',
        'publication_date_as_printed',
      ]);
    }
    // Rows that cite an extract (column `source`) were checked against its cells when the sources loaded.
    for (const r of doc.rows.figures) {
      if (r.source === '' && at(r.csvFile, r.csvRow, r.source_line, r.value_as_printed, 'value')) verified += 1;
    }
    for (const r of doc.rows.periods) at(r.csvFile, r.csvRow, r.source_line, r.as_printed, 'period wording', ['source_line', 'as_printed']);
    for (const r of doc.rows.places) at(r.csvFile, r.csvRow, r.source_line, r.wording, 'place wording', ['source_line', 'wording']);
    for (const r of doc.rows['family-group']) {
      at(r.csvFile, r.csvRow, r.source_line, r.member_as_printed, 'member', ['source_line', 'member_as_printed']);
    }
    for (const r of doc.rows.notes) {
      if (r.source !== '') continue;
      at(r.csvFile, r.csvRow, r.source_line, r.value_as_printed, 'noted value');
      if (r.last_line != null) at(r.csvFile, r.csvRow, r.last_line, '', 'line', ['last_line', '']);
    }
    for (const kind of ['actions', 'recommendations', 'subgroups', 'scorecard-rows', 'not-published', 'out-of-scope'] as const) {
      for (const r of doc.rows[kind]) at(r.csvFile, r.csvRow, r.source_line, '', 'line');
    }
  }
  for (const q of sources.profile.quoteRows) {
    const path = join(seedsDir, q.source_document);
    if (!existsSync(path)) {
      problems.push(`${q.csvFile}:${q.csvRow}:source_document: ${q.source_document} is not in ${seedsDir}`);
      continue;
    }
    const text = readFileSync(path, 'utf8').split('\n').map(normalise)[q.source_line - 1];
    if (text === undefined || !text.includes(normalise(q.text))) {
      problems.push(`${q.csvFile}:${q.csvRow}:text: the quotation does not stand on line ${q.source_line} of ${q.source_document}`);
    }
  }
  for (const r of sources.profile.personRows) {
    const path = join(seedsDir, r.source_document);
    if (!existsSync(path)) {
      problems.push(`${r.csvFile}:${r.csvRow}:source_document: ${r.source_document} is not in ${seedsDir}`);
      continue;
    }
    const text = readFileSync(path, 'utf8').split('\n').map(normalise)[r.source_line - 1];
    if (text === undefined || !text.includes(normalise(r.alias))) {
      problems.push(`${r.csvFile}:${r.csvRow}:alias: "${r.alias}" does not stand on line ${r.source_line} of ${r.source_document}`);
    }
  }
  for (const a of sources.profile.areaRows) {
    if (a.short_name === null || a.short_name_document == null) continue;
    const path = join(seedsDir, a.short_name_document);
    if (!existsSync(path)) {
      problems.push(`${a.csvFile}:${a.csvRow}:short_name_document: ${a.short_name_document} is not in ${seedsDir}`);
      continue;
    }
    const text = a.short_name_line === null ? undefined : readFileSync(path, 'utf8').split('\n').map(normalise)[a.short_name_line - 1];
    if (text === undefined || !text.includes(normalise(a.short_name))) {
      problems.push(
        `${a.csvFile}:${a.csvRow}:short_name: "${a.short_name}" does not stand on line ${a.short_name_line ?? '(none)'} of ${a.short_name_document}`,
      );
    }
  }
  return { verified, verifiedInExtracts: sources.extractFiguresVerified, problems };
}
