/**
 * The baseline: a bare Astro 7 + MDX site with one page per case, from the same MDX
 * bodies and the same (default) Markdown processor, with no schema, relations,
 * components or search. What the atlas costs beyond it is the atlas's own cost.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export async function writeBaseline(dir: string, casesDir: string): Promise<void> {
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await symlink(resolve('node_modules'), join(dir, 'node_modules'));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'atlas-baseline', private: true, type: 'module' }));
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  await writeFile(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { cases: defineCollection({ loader: glob({ base: ${JSON.stringify(casesDir)}, pattern: '**/*.mdx' }) }) };\n`,
  );
  await writeFile(
    join(dir, 'src', 'pages', '[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('cases')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.entry.data.title}</title></head><body><h1>{Astro.props.entry.data.title}</h1><Content /></body></html>\n`,
  );
}
