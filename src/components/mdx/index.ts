/**
 * The components a case or tour body may use: every .astro file in this folder,
 * by file name. The content checker reads the same folder, so the allow-list and
 * what renders can never disagree.
 */
const modules = import.meta.glob<{ default: unknown }>('./*.astro', { eager: true });

export const mdxComponents: Record<string, unknown> = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => [path.replace(/^\.\/(.*)\.astro$/, '$1'), mod.default]),
);
