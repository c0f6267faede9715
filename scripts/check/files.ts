/** The content check's view of the file set (src/lib/content-files.ts): entries, and a problem for every file refused. */
import { listContentFiles, type EntryFile, type ListTranslationFile } from '../../src/lib/content-files.ts';
import { invisibleCharacter, invisibleMessage } from '../../src/lib/body-rules.ts';
import { limits } from '../../src/schemas/body.ts';
import type { Problem } from './report.ts';

export { entryCollections, type EntryCollection, type EntryFile } from '../../src/lib/content-files.ts';

/** Entry files of every collection, pictures, and a problem for each file the atlas does not read. */
export function listEntries(root: string): { entries: EntryFile[]; listTranslations: ListTranslationFile[]; pictures: string[]; problems: Problem[] } {
  const { entries, listTranslations, pictures, refused } = listContentFiles(root);
  const problems = refused.map(({ path, reason, suggestion }): Problem => ({ file: path, message: reason, ...(suggestion ? { suggestion } : {}) }));
  return { entries, listTranslations, pictures, problems };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A content file's text: UTF-8 (a byte-order mark and CRLF line ends are fine) within the size limit. */
export function decodeContent(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  if (bytes.length > limits.fileBytes) {
    return { problem: { file, line: 1, column: 1, message: `the file is ${Math.ceil(bytes.length / 1024)} KiB; a content file may be at most ${limits.fileBytes / 1024} KiB` } };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Where the first byte that is not UTF-8 stands: the lenient decoder marks it.
    const lenient = new TextDecoder().decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { problem: { file, line, column, message: 'the file is not UTF-8 text (it may have been saved as Latin-1 or Windows-1252); save it as UTF-8' } };
  }
  // Text has tabs and line ends; other control characters (a NUL byte, an escape) are
  // invisible in an editor and would reach the pages as they are.
  const invisible = invisibleCharacter(text);
  if (invisible) {
    const before = text.slice(0, invisible.index);
    return { problem: { file, line: before.split('\n').length, column: invisible.index - before.lastIndexOf('\n'), message: invisibleMessage(invisible.code) } };
  }
  return { text };
}
