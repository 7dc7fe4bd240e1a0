import {themes} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {AA_NORMAL_TEXT, contrastRatio, ensureContrast, parseColor, withAccessibleContrast} from './prismContrast';

describe('contrast helpers', () => {
  it('parses hex and rgb colours', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(9, 134, 88)')).toEqual([9, 134, 88]);
    expect(() => parseColor('hsl(1, 2%, 3%)')).toThrow(/Unsupported colour/);
  });

  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps a colour that already passes and fixes one that does not', () => {
    expect(ensureContrast('#000000', '#ffffff')).toBe('#000000');
    const fixed = ensureContrast('#ff0000', '#ffffff');
    expect(fixed).not.toBe('#ff0000');
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    expect(contrastRatio(ensureContrast('#6272a4', '#282a36'), '#282a36')).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
  });
});

describe.each([
  ['light', withAccessibleContrast(themes.vsLight, '#f6f8fa')],
  ['dark', withAccessibleContrast(themes.dracula)],
])('the site’s %s code theme', (_mode, theme) => {
  it('gives every token at least AA contrast against the code background', () => {
    const background = theme.plain.backgroundColor!;
    const colors = [theme.plain.color!, ...theme.styles.flatMap((entry) => (entry.style.color ? [entry.style.color] : []))];
    for (const color of colors) expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
  });
});
