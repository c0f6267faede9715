/**
 * What a case or tour body may contain besides Markdown: the allowlist that the content
 * check, the loader that writes a body as HTML (src/lib/body-rules.ts runs in both; the
 * writer, src/lib/body-html.ts, rebuilds only what is named here) and the contributor docs
 * (docs/content-model.md) read. Anything not named here is refused. A body is data that
 * a stranger's pull request sends; it must never become code, script or style.
 */

/** What an attribute's value may be. */
export type ValueKind = 'text' | 'lang' | 'id';

export interface AttributeRule {
  kind: ValueKind;
  required?: boolean;
  /** One line for contributors. */
  description: string;
}

export interface ElementRule {
  description: string;
  attributes: Record<string, AttributeRule>;
}

export const valueKinds: Record<ValueKind, string> = {
  text: 'any text in quotes, shown as text (never read as an address or as code)',
  lang: 'a language tag such as it, fr, es-ES or de',
  id: 'the id of an entry, in lowercase-kebab-case (a file name without its extension)',
};

const lang = (description: string, required = false): AttributeRule => ({ kind: 'lang', required, description });
const text = (description: string): AttributeRule => ({ kind: 'text', description });
const plain = (description: string): ElementRule => ({ description, attributes: { lang: lang('Language of the words inside, when it differs from the body') } });

/**
 * The components (capitalised: written by the page, src/lib/body-parts.ts) and
 * the inline HTML elements a body may use, with the attributes each may carry. No
 * element may carry `class`, `style`, `id`, event handlers, Astro directives
 * (`set:html`, `is:raw`, `client:*`…), spreads or values in braces.
 */
export const bodyElements: Record<string, ElementRule> = {
  Cite: {
    description: 'A numbered citation of the passage that states the sentence before it',
    attributes: {
      // Presence of both is a provenance rule (scripts/check/provenance.ts), with its own message.
      source: { kind: 'id', description: 'Id of the source: a file in content/sources/' },
      at: { kind: 'text', description: 'Where the passage is: a heading, a numbered phase, a paragraph\'s first words' },
      excerpt: text("The passage in the source's own language, one sentence at most"),
      translation: text("The editors' translation of the excerpt"),
      lang: lang("Language of the excerpt when it is not the source's"),
    },
  },
  Inference: { description: "The editors' inference, shown as theirs: what no source states", attributes: {} },
  Note: { description: 'A highlighted aside: a caveat, a gap in the sources, a pointer', attributes: { title: text('Short heading shown above the note') } },
  Quote: {
    description: "A short quotation in the source's own language",
    attributes: { lang: lang('Language of the quoted words', true), source: text('Title of the source the words come from') },
  },
  abbr: { description: 'An abbreviation', attributes: { title: text('The words in full'), lang: lang('Language of the abbreviation') } },
  br: { description: 'A line break', attributes: {} },
  kbd: plain('Keys or text to type'),
  mark: plain('Highlighted words'),
  small: plain('Side comment, fine print'),
  sub: plain('Subscript'),
  sup: plain('Superscript'),
};

/** Components among the elements: the capitalised names, each written by src/lib/body-parts.ts. */
export const bodyComponents: readonly string[] = Object.keys(bodyElements).filter((name) => /^[A-Z]/.test(name));

/** Schemes a link may use; links without a scheme (`/regions/`, `#top`, `../x/`) stay on the site. */
export const linkSchemes: readonly string[] = ['https', 'http', 'mailto'];

/**
 * Pictures live in content/media/ and a body points at them as `../media/<name>`: one
 * folder the check reads whole, so no body can reach a file that is not a picture.
 */
export const media = {
  folder: 'media',
  /** How a body writes a picture's address, relative to cases/ and tours/. */
  prefix: '../media/',
  /** File types that are pictures (SVG is not: it can carry script). */
  extensions: ['.avif', '.gif', '.jpeg', '.jpg', '.png', '.webp'] as readonly string[],
  /** Lowercase kebab-case name, then one of the extensions. */
  name: /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:avif|gif|jpe?g|png|webp)$/,
  maxBytes: 2 * 1024 * 1024,
};

/**
 * Limits no real case comes near (the largest body is under 10 KB, nested 4 deep), set
 * so that the Markdown compiler never meets input that crashes or stalls it: lists
 * nested a few hundred deep crash it, thousands of nested elements take it seconds.
 */
export const limits = {
  /** Bytes in one content file. */
  fileBytes: 256 * 1024,
  /** Nested blocks and inlines (lists, quotes, emphasis, elements) in a body. */
  depth: 32,
  /** Characters of indentation and block markers (`>`, `-`, `1.`) before a line's text. */
  linePrefix: 96,
  /** Opening tags (`<name`) in one body. */
  tags: 2000,
  /** Characters in one attribute value. */
  attributeLength: 500,
  /** Braces in one body (a comment in braces takes two). */
  braces: 400,
  /** Characters in one paragraph (a run of lines without a blank one). */
  paragraph: 10_000,
  /** Pixels in one picture (width × height): 40 megapixels, a large camera's photo. */
  pixels: 40_000_000,
};
