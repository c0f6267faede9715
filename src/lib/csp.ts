/**
 * The Content-Security-Policy every page carries, as a <meta http-equiv> (it works on
 * any static host). Astro writes it and hashes the scripts and styles it renders
 * itself; nothing else runs or styles a page: no inline event handler, no script,
 * style, frame or plug-in from anywhere but the site, no `javascript:` address (inline
 * script is not allowed, so neither is that). Pagefind compiles its WebAssembly, which
 * needs 'wasm-unsafe-eval' (it allows WebAssembly only, not JavaScript eval).
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const cspConfig: CspConfig = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "child-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  // Without 'unsafe-inline' or 'unsafe-hashes' no event handler and no style attribute
  // applies, even from the site's own markup (charts size themselves with attributes).
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
};

interface CspContext {
  csp?: { insertScriptHash: (hash: `sha256-${string}`) => void } | undefined;
}

/**
 * A script the page must run inline (before the first paint), allowed by the hash of
 * its exact text. Call it in a page's frontmatter, which runs before the <head> and its
 * policy are written, and render the result with `<script is:inline set:html={…} />`.
 */
export function inlineScript(astro: CspContext, code: string): string {
  astro.csp?.insertScriptHash(`sha256-${createHash('sha256').update(code).digest('base64')}`);
  return code;
}
