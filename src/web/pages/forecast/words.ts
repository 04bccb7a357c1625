/** How the forecast pages write money, children and quarters. */
const MINUS = '\u2212';

export const money = (n: number): string => `${n < -0.5 ? MINUS : ''}£${Math.abs(Math.round(n)).toLocaleString('en-GB')}`;

/** A difference, always signed: "+£1,200", "−£300", "£0". */
export const moneyDifference = (n: number): string => (Math.round(n) === 0 ? '£0' : `${n > 0 ? '+' : ''}${money(n)}`);

/** Children: whole numbers from 100, one decimal below (a forecast is an average, not a head count). */
export function children(n: number): string {
  const a = Math.abs(n);
  const words = a >= 100 ? Math.round(a).toLocaleString('en-GB') : a.toFixed(1).replace(/\.0$/, '');
  return n < 0 && words !== '0' ? `${MINUS}${words}` : words;
}

export const childrenDifference = (n: number): string => (Math.abs(n) < 0.05 ? '0' : `${n > 0 ? '+' : ''}${children(n)}`);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Q2-2026" (the reference model's calendar quarter) as "Apr to Jun 2026". */
export function quarterWords(label: string): string {
  const m = /^Q([1-4])-(\d{4})$/.exec(label);
  if (!m) return label;
  const q = Number(m[1]) - 1;
  return `${MONTHS[q * 3]} to ${MONTHS[q * 3 + 2]} ${m[2]}`;
}

export const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/** How a likely range was worked out, as it follows "Likely range" in a chart's table and words. */
export const VARIANCE_RANGE = 'from the model’s variance';
export const simulatedRange = (runs: number): string => `from ${runs.toLocaleString('en-GB')} simulated runs`;
