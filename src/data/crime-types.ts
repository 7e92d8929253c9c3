/**
 * The nine crime types the CSP monitors, in the order its tables print them.
 * Shared vocabulary of the data, so every view orders them the same way.
 */
export const MONITORED_CRIME_TYPES = [
  'all-crime',
  'violence-with-injury',
  'burglary-residential',
  'burglary-business',
  'theft-of-motor-vehicles',
  'theft-from-motor-vehicles',
  'robbery',
  'cycle-theft',
  'shoplifting',
] as const;

export function isMonitoredCrimeType(measure: string): boolean {
  return (MONITORED_CRIME_TYPES as readonly string[]).includes(measure);
}
