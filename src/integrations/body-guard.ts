import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { alignmentClass, checkBodyTree, picturesIn, type BodyNode } from '../lib/body-rules.ts';

/**
 * The body rules again, inside the MDX compile itself: a second lock behind the content
 * check, on the tree the compiler is about to turn into code. Should a body ever reach
 * the compile unchecked (a file edited while `astro dev` runs), an element, attribute,
 * address or picture that is not allowed stops the compile instead of becoming code.
 */
export function bodyGuard(contentDir: string) {
  const pictureExists = picturesIn(contentDir);
  return defineMdastPlugin({
    name: 'practice-atlas:body-guard',
    // Positions, so a refusal names its line.
    options: { position: true },
    before(root, ctx) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an MDX file';
      // The tree, not the text: the compile gives the whole file, frontmatter blanked to spaces.
      const problems = checkBodyTree(root as unknown as BodyNode, { pictureExists });
      // @astrojs/mdx imports whatever a frontmatter `layout` names; the schemas refuse the
      // field, and this refuses it again where the import would be written.
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      if (frontmatter && Object.hasOwn(frontmatter, 'layout')) problems.push({ line: 1, column: 1, message: 'a frontmatter "layout" field is not allowed: it would import code' });
      if (problems.length === 0) return;
      const lines = problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`);
      throw new Error(`This body holds what a body may not (run npm run check):\n${lines.join('\n')}`);
    },
  });
}

/**
 * GFM table columns aligned with ":-" and "-:" compile to style="text-align:…", which
 * the Content-Security-Policy refuses (no style attributes at all); a class says the same
 * (src/styles/global.css).
 */
export const tableAlignment = defineHastPlugin({
  name: 'practice-atlas:table-alignment',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = (node.properties as { style?: unknown }).style;
      if (style === undefined) return;
      const align = alignmentClass(style);
      ctx.setProperty(node, 'style', undefined);
      if (align) ctx.setProperty(node, 'className', [align]);
    },
  },
});

/** The Markdown processor for MDX: Astro's default, Sätteri, with the guard first. */
export const guardedProcessor = (contentDir: string) => satteri({ mdastPlugins: [bodyGuard(contentDir)], hastPlugins: [tableAlignment] });
