/**
 * A page's citations as numbered notes. The page registers every citation it will show
 * (body <Cite> elements, then its fields) before rendering, so each mark knows its
 * number and a citation repeated on the page reuses its note.
 */
export interface CitationLike {
  source: string | { id: string };
  at: string;
  excerpt?: string | undefined;
  translation?: string | undefined;
  /** Language of the excerpt when it is not the source's. */
  lang?: string | undefined;
}

export interface Note {
  n: number;
  source: string;
  at: string;
  excerpt?: string | undefined;
  translation?: string | undefined;
  lang?: string | undefined;
}

export interface Mark {
  n: number;
  /** Id of this mark, the target of the note's link back. */
  id: string;
  /** Link to the note. */
  href: string;
}

const sourceId = (c: CitationLike) => (typeof c.source === 'string' ? c.source : c.source.id);
const keyOf = (c: CitationLike) => [sourceId(c), c.at, c.excerpt ?? ''].join('\u0000');

export class NoteList {
  readonly notes: Note[] = [];
  private readonly byKey = new Map<string, Note>();
  private readonly used = new Map<number, number>();

  /** The note for `c`, added at the end if it is new. */
  add(c: CitationLike): Note {
    const key = keyOf(c);
    let note = this.byKey.get(key);
    if (!note) {
      note = { n: this.notes.length + 1, source: sourceId(c), at: c.at, excerpt: c.excerpt, translation: c.translation, lang: c.lang };
      this.notes.push(note);
      this.byKey.set(key, note);
    }
    return note;
  }

  /** A mark in the text for `c`: each use gets its own id, the first is what the note links back to. */
  mark(c: CitationLike): Mark {
    const { n } = this.add(c);
    const use = (this.used.get(n) ?? 0) + 1;
    this.used.set(n, use);
    return { n, id: `note-ref-${n}-${use}`, href: `#note-${n}` };
  }
}

/** Id of a note's list item, and of the first mark that points to it. */
export const noteId = (n: number): string => `note-${n}`;
export const firstMarkId = (n: number): string => `note-ref-${n}-1`;
