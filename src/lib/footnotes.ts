/**
 * The Markdown processor (Sätteri, like remark-rehype) words a body's footnotes in English
 * whatever the page's language: a hidden "Footnotes" heading and "Back to reference 1" on each
 * back link. These are interface words, so they are given in the page's language, marked with
 * it when the body around them is in another (an untranslated original).
 */
import { escapeHtml as escape } from './html.ts';

export interface FootnoteWords {
  heading: string;
  back: (ref: string) => string;
}

/** `html` with the processor's footnote words replaced by `words`; `lang` is set on them when given. */
export function localizeFootnotes(html: string, words: FootnoteWords, lang?: string): string {
  if (!html.includes('data-footnotes')) return html;
  const attr = lang ? ` lang="${escape(lang)}"` : '';
  return html
    .replace(/(<h2\b[^>]*\bid="footnote-label"[^>]*)>Footnotes<\/h2>/g, (_, open: string) => `${open}${attr}>${escape(words.heading)}</h2>`)
    .replace(
      /(<a\b[^>]*\bdata-footnote-backref\b[^>]*?)\baria-label="Back to reference ([^"]*)"/g,
      (_, open: string, ref: string) => `${open}aria-label="${escape(words.back(ref))}"${attr}`,
    );
}
