/**
 * prism-react-renderer's stock themes have token colours below WCAG AA
 * contrast (comments, numbers, some keywords). Rather than hand-edit them,
 * every token colour is nudged toward black (light themes) or white (dark
 * themes) until it reaches the minimum ratio against the code background.
 */
import type {PrismTheme} from 'prism-react-renderer';

export const AA_NORMAL_TEXT = 4.5;

type Rgb = [number, number, number];

export function parseColor(color: string): Rgb {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((digit) => digit + digit).join('') : hex[1]!;
    return [0, 2, 4].map((offset) => parseInt(digits.slice(offset, offset + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`Unsupported colour "${color}" in a Prism theme`);
}

function relativeLuminance([red, green, blue]: Rgb): number {
  const [r, g, b] = [red, green, blue].map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(parseColor(foreground)), relativeLuminance(parseColor(background))].sort(
    (a, b) => b - a,
  ) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** The nearest colour to `color`, mixed toward black or white, that reaches `minimum` against `background`. */
export function ensureContrast(color: string, background: string, minimum = AA_NORMAL_TEXT): string {
  if (contrastRatio(color, background) >= minimum) return color;
  const target: Rgb = relativeLuminance(parseColor(background)) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  const start = parseColor(color);
  for (let step = 1; step <= 20; step += 1) {
    const weight = step / 20;
    const mixed = start.map((channel, index) => channel + (target[index]! - channel) * weight) as Rgb;
    const candidate = toHex(mixed);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return toHex(target);
}

export function withAccessibleContrast(theme: PrismTheme, background = theme.plain.backgroundColor ?? '#ffffff'): PrismTheme {
  return {
    plain: {...theme.plain, backgroundColor: background, color: ensureContrast(theme.plain.color ?? '#000000', background)},
    styles: theme.styles.map((entry) => ({
      ...entry,
      style: entry.style.color ? {...entry.style, color: ensureContrast(entry.style.color, background)} : entry.style,
    })),
  };
}
