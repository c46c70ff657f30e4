/**
 * The Mantine theme: a green primary (rural), visible focus for keyboard users, system fonts with Vietnamese
 * glyphs. The darker shades (6–9) of the colours we use are re-tuned so text in shade 8 reads at WCAG AA
 * (4.5:1) on white, on the grey page background and on its own light tint (alerts, light badges and
 * buttons), and white text on a filled shade 8 does too; "dimmed" grey text is darkened for the same reason.
 */
import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, type MantineColorsTuple, TableScrollContainer } from '@mantine/core';

/** Mantine's own palette with its shades 6–9 replaced (0–5, the tints, stay as they are). */
function darker(name: string, dark: [string, string, string, string]): MantineColorsTuple {
  return [...(DEFAULT_THEME.colors[name] ?? []).slice(0, 6), ...dark] as unknown as MantineColorsTuple;
}

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 8,
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  headings: { fontWeight: '650' },
  // shade 8: contrast with white ≥ 5,0:1, with its 10 % tint ≥ 4,5:1 (checked by axe-core in test/e2e/accessibility)
  colors: {
    teal: darker('teal', ['#0ca678', '#099268', '#077350', '#055c40']),
    green: darker('green', ['#2f9e44', '#2b8a3e', '#1e7a34', '#17612a']),
    yellow: darker('yellow', ['#e67700', '#b36200', '#8a5a00', '#6e4800']),
    orange: darker('orange', ['#e8590c', '#d9480f', '#b43f0a', '#8f3208']),
    red: darker('red', ['#f03e3e', '#e03131', '#b02525', '#8f1d1d']),
    blue: darker('blue', ['#1c7ed6', '#1971c2', '#1864ab', '#144f85']),
    lime: darker('lime', ['#74b816', '#5c940d', '#3f6609', '#334f08']),
    cyan: darker('cyan', ['#1098ad', '#0c8599', '#0b7285', '#095c6b']),
  },
  components: {
    // a table that scrolls sideways (on a phone) takes focus, so the keyboard can scroll it (WCAG 2.1.1)
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } }),
  },
});

/** "dimmed" text (hints, dates) 3,3:1 → 6,1:1 and input placeholders 2,1:1 → 5,2:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a', '--mantine-color-placeholder': '#666d75' },
  dark: {},
});
