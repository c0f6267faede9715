/**
 * A count's wording, one entry per Intl.PluralRules category the language uses (`other` always),
 * `{n}` standing for the number as the page's language writes it; `none`, when given, is used
 * for exactly zero ("no case study yet").
 */
export type Plural = { none?: string; zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };

type Message = string | Plural | ((...args: never[]) => string);

/** What a strings file may hold: text, counts and worded templates, nested in groups. */
export interface Messages {
  [key: string]: Message | Messages;
}

/**
 * English's keys with any wording: a literal becomes `string`, a plural any `Plural`, so a
 * second language type-checks when it has every key and no extra one.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends { other: string }
      ? // A label group may have a key "other" too; only an object of plural categories is a count.
        Exclude<keyof T, keyof Plural> extends never
        ? Plural
        : { [K in keyof T]: Widen<T[K]> }
      : { [K in keyof T]: Widen<T[K]> };
