/**
 * zod's tree-shakable build (`zod/mini`), configured once for everything
 * that validates: the page ships only the checks it uses, a fraction of the
 * full library's bytes. Import `z` from here, never from 'zod' itself.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// The app runs under a Content-Security-Policy without 'unsafe-eval'; zod's
// compiled validators would probe for eval and trip the policy. zod/mini
// loads no messages of its own: English ones name what was expected.
z.config({ jitless: true, ...en() });

export { z };
