import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// `findBy…` waits for what a user would see; the default one second is a race on a loaded two-core CI
// machine, where a lazy view's code can take longer to arrive in jsdom. A wait bound, not a timed assertion:
// a test still fails if the element never appears (vitest's per-test limit is raised to 15 s to leave room for it).
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
