// A fixture for the runner's own test (see README.md): nothing fails, and skipped and todo tests count neither way.
import { describe, it } from 'node:test';

describe('a suite', () => {
  it('passes', () => {});
  it('passes too', () => {});
  it.skip('is skipped', () => {});
  it.todo('is still to do');
});
