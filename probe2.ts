import { publishSyntheticForce } from './scripts/lib/synthetic-force.ts';
const t = performance.now();
publishSyntheticForce();
console.log('publish', performance.now() - t);
