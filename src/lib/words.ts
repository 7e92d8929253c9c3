/**
 * Small helpers for prose built from data ("the ten beats", "1st to 15th"),
 * so sentences read the same whatever partnership the profile describes.
 */
const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "nine", "ten", "twelve"; digits from 13 on, as GOV.UK style writes numbers. */
export function countWord(n: number): string {
  return Number.isInteger(n) && n >= 0 ? (SMALL[n] ?? String(n)) : String(n);
}

/** "1st", "2nd", "3rd", "11th", "15th", "21st". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
