import { publishSyntheticForce, SYNTHETIC_SNAPSHOT } from './scripts/lib/synthetic-force.ts';
import { decodeDatasetText } from './src/data/validate.ts';
let t = performance.now();
const f = publishSyntheticForce();
console.log('publish', performance.now() - t);
let total = 0;
for (const [p, txt] of f) { total += txt.length; if (!p.includes('measure-synthetic')) console.log(p, txt.length); }
console.log('total', total);
for (const name of ['beat-crime/measure-all-crime', 'beat-crime/newest', 'beat-crime/measure-synthetic-crime-7']) {
const text = f.get(`${SYNTHETIC_SNAPSHOT}/${name}.json`)!;
for (let i = 0; i < 3; i++) {
t = performance.now(); JSON.parse(text); const a = performance.now() - t;
t = performance.now(); const r = decodeDatasetText('x', 'beat-crime', SYNTHETIC_SNAPSHOT, text); const b = performance.now() - t;
console.log(name, text.length, 'parse', a.toFixed(2), 'full', b.toFixed(2), r.ok);
}}
