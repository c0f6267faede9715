/**
 * Questions on the terminal, answered by typing: a line of text, or one or several
 * choices from a numbered list (by number or by id). Works the same when answers are
 * piped in, which is how the tests drive it.
 */
import { createInterface, type Interface } from 'node:readline';
import { didYouMean } from '../check/suggest.ts';

export class Asker {
  private lines: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private closed = false;
  private rl: Interface;
  private output: NodeJS.WritableStream;

  constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
    this.output = output;
    this.rl = createInterface({ input, terminal: false });
    this.rl.on('line', (line) => (this.waiting ? this.take(line) : this.lines.push(line)));
    this.rl.on('close', () => {
      this.closed = true;
      this.take(undefined);
    });
  }

  private take(line: string | undefined): void {
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve?.(line);
  }

  private nextLine(prompt: string): Promise<string> {
    this.output.write(prompt);
    if (this.lines.length > 0) return Promise.resolve(this.lines.shift()!);
    if (this.closed) return Promise.reject(new Error('no more input: answer the question, or pass it as a flag'));
    return new Promise((resolve, reject) => {
      this.waiting = (line) => (line === undefined ? reject(new Error('input ended before every question was answered')) : resolve(line));
    });
  }

  async text(question: string, valid: (v: string) => string | undefined = () => undefined): Promise<string> {
    for (;;) {
      const answer = (await this.nextLine(`${question}: `)).trim();
      const problem = answer === '' ? 'an answer is needed' : valid(answer);
      if (!problem) return answer;
      this.output.write(`  ${problem}\n`);
    }
  }

  /** One or more of `choices` ([id, label]); several are separated by commas. */
  async choose(question: string, choices: [string, string][], many = false): Promise<string[]> {
    this.output.write(`${question}${many ? ' (one or more, separated by commas)' : ''}:\n`);
    choices.forEach(([id, label], i) => this.output.write(`  ${i + 1}) ${label}${label === id ? '' : ` [${id}]`}\n`));
    const ids = choices.map(([id]) => id);
    for (;;) {
      const parts = (await this.nextLine('> ')).split(',').map((p) => p.trim()).filter(Boolean);
      const picked = parts.map((p) => (/^\d+$/.test(p) ? ids[Number(p) - 1] : ids.includes(p) ? p : undefined));
      const bad = parts.filter((_, i) => picked[i] === undefined);
      if (parts.length > 0 && bad.length === 0 && (many || parts.length === 1)) return picked as string[];
      const hint = bad.length > 0 ? didYouMean(bad[0], ids) : undefined;
      this.output.write(`  choose ${many ? 'one or more' : 'one'} by number or id${hint ? ` (did you mean "${hint}"?)` : ''}\n`);
    }
  }

  close(): void {
    this.rl.close();
  }
}
