import type { Unit } from './indicator.ts';

/** An indicator's value as people read it, in its unit; a dash when it cannot be worked out. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '–';
  switch (unit) {
    case 'percent': return `${value.toFixed(1)}%`;
    case 'rate-per-10000': return value.toFixed(1);
    case 'count': return String(value);
    case 'days': return `${value.toFixed(0)} days`;
  }
}
