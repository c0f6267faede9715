/**
 * Okabe & Ito's eight colours, told apart with every common colour-vision deficiency;
 * charts never rely on colour alone (shapes, patterns or text say the same thing).
 */
export const okabeIto = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

/** Ink for text and strokes, and the pale fills behind them; dark enough to print. */
export const ink = { text: '#1b1f24', muted: '#4a5460', rule: '#9aa5b1', faint: '#e6eaee', paper: '#ffffff' } as const;

/** Text colour readable on a fill: dark on light fills, white on dark ones. */
export function textOn(fill: string): string {
  const hex = fill.replace('#', '');
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  // The crossover where white and near-black text reach the same WCAG contrast.
  return luminance > 0.18 ? ink.text : ink.paper;
}
