// The part of date-chinese (MIT, commenthol; the Chinese-calendar engine of date-holidays) that reviewclock uses.
// Its own typings are not reachable through its package.json "exports", and they mistype inMajorSolarTerm.
declare module 'date-chinese' {
  export class CalendarChinese {
    constructor();
    /** The Beijing-midnight JDE of the day of the new moon on or before `jde`. */
    previousNewMoon(jde: number): number;
    /** The Beijing-midnight JDE of the day of the new moon on or after `jde`. */
    nextNewMoon(jde: number): number;
    /** True when the month starting on the new-moon day `jde` holds no major solar term (中气). */
    isLeapMonth(jde: number): boolean;
    /** The Beijing-midnight JDE of the day of major solar term Z`term` (11 = winter solstice) in `gyear`. */
    majorSolarTerm(term: number, gyear: number): number;
    /** The Beijing-midnight JDE of the day of solar term `term` (1–24; 5 = 清明) in `gyear`. */
    solarTerm(term: number, gyear: number): number;
  }
}
