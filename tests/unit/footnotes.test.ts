import { describe, expect, it } from 'vitest';
import { localizeFootnotes } from '../../src/lib/footnotes.ts';

// What Sätteri writes for a body with one footnote (as remark-rehype does).
const body =
  '<p>Text.<sup><a href="#user-content-fn-a" id="user-content-fnref-a" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>' +
  '<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-a"><p>Note. ' +
  '<a href="#user-content-fnref-a" data-footnote-backref aria-label="Back to reference 1" class="data-footnote-backref">↩</a>' +
  '<a href="#user-content-fnref-a-2" data-footnote-backref aria-label="Back to reference 1-2" class="data-footnote-backref">↩<sup>2</sup></a></p></li></ol></section>';
const words = { heading: 'Fußnoten', back: (ref: string) => `Zurück zum Verweis ${ref} & "mehr"` };

describe('footnotes in the page’s language', () => {
  it('rewords the heading and every back link, escaped, and marks them when asked', () => {
    const out = localizeFootnotes(body, words, 'de');
    expect(out).toContain('<h2 class="sr-only" id="footnote-label" lang="de">Fußnoten</h2>');
    expect(out).toContain('aria-label="Zurück zum Verweis 1 &amp; &quot;mehr&quot;" lang="de"');
    expect(out).toContain('aria-label="Zurück zum Verweis 1-2 &amp; &quot;mehr&quot;" lang="de"');
    expect(out).not.toMatch(/Footnotes|Back to reference/);
  });

  it('adds no lang when the body is in the page’s language, and leaves a body without footnotes alone', () => {
    expect(localizeFootnotes(body, words)).toContain('id="footnote-label">Fußnoten</h2>');
    expect(localizeFootnotes(body, words)).not.toContain('lang=');
    const plain = '<p>Footnotes are explained in the Back to reference section.</p>';
    expect(localizeFootnotes(plain, words, 'de')).toBe(plain);
  });
});
