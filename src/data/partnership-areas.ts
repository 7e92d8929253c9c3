/**
 * The partnership's areas as selectors and views need them: its own area,
 * to tell its figures from those of peers and the county, and its sub-areas
 * (police beats, wards…) in the order the profile lists them. Pure, so every
 * selector receives these as arguments and is tested with any partnership.
 */
import type { Partnership } from './partnership';

/** An area as figures name it. */
export interface AreaRef {
  readonly type: string;
  readonly code: string;
}

/** True when a figure is about exactly this area: type and code, so two partnerships in one file never merge. */
export function isArea(f: { areaType: string; areaCode: string }, area: AreaRef): boolean {
  return f.areaType === area.type && f.areaCode === area.code;
}

export interface Subareas {
  /** The area type of the sub-areas, e.g. `beat`. */
  type: string;
  singular: string;
  plural: string;
  /**
   * In the profile's order. `label` is how pages name the sub-area: its code
   * and short place name ("57 Mountsorrel") where the profile gives one, so a
   * reader finds a place by its name; else the profile's name ("Beat 57").
   */
  areas: readonly { code: string; name: string; shortName: string | null; label: string }[];
}

/** "57 Mountsorrel" where the profile names a place, else the area's own name. */
export function areaLabel(a: { code: string; name: string; shortName: string | null }): string {
  return a.shortName ? `${a.code} ${a.shortName}` : a.name;
}

export function subareasOf(p: Partnership): Subareas {
  return {
    type: p.subareas.type,
    singular: p.subareas.singular,
    plural: p.subareas.plural,
    areas: p.areas.filter((a) => a.type === p.subareas.type).map((a) => ({ code: a.code, name: a.name, shortName: a.shortName, label: areaLabel(a) })),
  };
}

export function subareaCodes(s: Subareas): string[] {
  return s.areas.map((a) => a.code);
}

/** True when a figure is about one of the partnership's own sub-areas. */
export function isSubarea(f: { areaType: string; areaCode: string }, s: Subareas): boolean {
  return f.areaType === s.type && s.areas.some((a) => a.code === f.areaCode);
}

/** The sub-area's label ("57 Mountsorrel") from the profile, or its code where the profile does not list it. */
export function subareaName(s: Subareas, code: string): string {
  return s.areas.find((a) => a.code === code)?.label ?? code;
}

/** "10 to 19", "w1 and w2", "w1": the first to the last code, as prose names a run of sub-areas. */
export function codeSpan(codes: readonly string[]): string {
  const first = codes[0];
  const last = codes[codes.length - 1];
  if (first === undefined || last === undefined) return '';
  if (codes.length === 1) return first;
  return `${first} ${codes.length === 2 ? 'and' : 'to'} ${last}`;
}
