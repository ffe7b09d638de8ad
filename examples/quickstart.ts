// The quick start: an IND accepted on 26 September 2025 (day 0). When is the 60th working day, the day implied
// approval arrives under the Drug Administration Law (Art. 19)? Run with `npm run example`.
import { addWorkingDays, countWorkingDays, dayInfo, dueDate, explain } from '../src/index.js';

const accepted = '2025-09-26';
const day60 = addWorkingDays(accepted, 60);
console.log(`IND accepted ${accepted}; the 60th working day after it is ${day60}.`);
console.log(dayInfo(day60));

// The National Day and Mid-Autumn holiday falls inside the period: what the notice says about it.
console.log(dayInfo('2025-10-03'));
console.log(dayInfo('2025-10-11'));
console.log(`Working days from ${accepted} (excluded) to 2025-10-31 (included): ${countWorkingDays(accepted, '2025-10-31')}`);

// The same question as a deadline: the IND policy (DAL Art. 19, DRR Art. 96), with its status on 3 November 2025.

const ind = dueDate({ policy: 'cn.nmpa.drug.ind', start: accepted, asOf: '2025-11-03' });
console.log(`\n${explain(ind)}`);
