import type { HolidaySchedule } from '../types.js';
import y2004 from './2004.js';
import y2005 from './2005.js';
import y2006 from './2006.js';
import y2007 from './2007.js';
import y2008 from './2008.js';
import y2009 from './2009.js';
import y2010 from './2010.js';
import y2011 from './2011.js';
import y2012 from './2012.js';
import y2013 from './2013.js';
import y2014 from './2014.js';
import y2015 from './2015.js';
import y2016 from './2016.js';
import y2017 from './2017.js';
import y2018 from './2018.js';
import y2019 from './2019.js';
import y2020 from './2020.js';
import y2021 from './2021.js';
import y2022 from './2022.js';
import y2023 from './2023.js';
import y2024 from './2024.js';
import y2025 from './2025.js';
import y2026 from './2026.js';

/**
 * The State Council notices 2004–2026 as holiday schedules, in the order they apply (a year's notice, then its
 * amendments). Later entries win on the days they set.
 */
export const CN_SCHEDULES: readonly HolidaySchedule[] = [
  ...y2004,
  ...y2005,
  ...y2006,
  ...y2007,
  ...y2008,
  ...y2009,
  ...y2010,
  ...y2011,
  ...y2012,
  ...y2013,
  ...y2014,
  ...y2015,
  ...y2016,
  ...y2017,
  ...y2018,
  ...y2019,
  ...y2020,
  ...y2021,
  ...y2022,
  ...y2023,
  ...y2024,
  ...y2025,
  ...y2026,
];
