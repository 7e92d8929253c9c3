import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type DatasetFile } from '../../data/schema';
import { findPlaces, placeIndex, placesInWording } from './place-index';

// SYNTHETIC wordings, shaped like the documents' own lists of what a beat covers.
const source = { kind: 'document' as const, document: 'SYNTHETIC.txt', ref: 'synthetic', line: 1 };
const places: DatasetFile<'places'> = {
  schemaVersion: SCHEMA_VERSION,
  snapshotId: '2099-01',
  dataset: 'places',
  beats: [
    { beat: '1', wordings: [{ printed: 'Covers, Upper Hamlet, Lower Hamlet and the Mill Road Estate', source }] },
    { beat: '2', wordings: [{ printed: 'Market Town Centre (Priority Neighbourhood', source }] },
    { beat: '3', wordings: [{ printed: 'Upper Hamlet/Eastfield & Parts of Long Lane', source }] },
  ],
  subgroups: [],
};

describe('placesInWording', () => {
  it('splits a list at commas, "and", "&" and "/", dropping list words and asides', () => {
    expect(placesInWording('Covers, Upper Hamlet, Lower Hamlet and the Mill Road Estate')).toEqual([
      'Upper Hamlet',
      'Lower Hamlet',
      'Mill Road Estate',
    ]);
    expect(placesInWording('Market Town Centre (Priority Neighbourhood')).toEqual(['Market Town Centre']);
    expect(placesInWording('Upper Hamlet/Eastfield & Parts of Long Lane')).toEqual(['Upper Hamlet', 'Eastfield', 'Long Lane']);
  });
});

describe('placeIndex and findPlaces', () => {
  const index = placeIndex(places, [
    { code: '1', name: 'Beat 1' },
    { code: '2', name: 'Beat 2' },
    { code: '3', name: 'Beat 3' },
  ]);

  it('lists each place once, with every beat a wording names it for', () => {
    expect(index.filter((p) => p.name === 'Upper Hamlet')).toEqual([{ name: 'Upper Hamlet', beats: ['1', '3'] }]);
  });

  it('finds a place by any part of its name, whatever the case, starting matches first', () => {
    expect(findPlaces(index, 'mill road').map((p) => p.name)).toEqual(['Mill Road Estate']);
    expect(findPlaces(index, 'hamlet').map((p) => p.name)).toEqual(['Upper Hamlet', 'Lower Hamlet']);
    expect(findPlaces(index, 'Lower').map((p) => p.name)).toEqual(['Lower Hamlet']);
    expect(findPlaces(index, 'long lane')[0]?.beats).toEqual(['3']);
  });

  it('finds a beat by its number, and nothing for an empty or unknown query', () => {
    expect(findPlaces(index, '2').map((p) => p.name)).toEqual(['Beat 2']);
    expect(findPlaces(index, '  ')).toEqual([]);
    expect(findPlaces(index, 'Atlantis')).toEqual([]);
  });
});
