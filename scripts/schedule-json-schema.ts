// Writes schema/holiday-schedule.schema.json from HolidayScheduleJsonSchema (the zod schema's JSON Schema), so that
// schedule files can name it in "$schema" and editors check them.
//
//   npx tsx scripts/schedule-json-schema.ts           rewrite the file
//   npx tsx scripts/schedule-json-schema.ts --check   fail unless the file is up to date (the tests check this too)
import { readFileSync, writeFileSync } from 'node:fs';
import { HolidayScheduleJsonSchema } from '../src/schema.js';

export const SCHEMA_FILE = new URL('../schema/holiday-schedule.schema.json', import.meta.url);

export function scheduleJsonSchemaText(): string {
  return `${JSON.stringify(HolidayScheduleJsonSchema, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('schedule-json-schema.ts')) {
  if (process.argv.includes('--check')) {
    if (readFileSync(SCHEMA_FILE, 'utf8') !== scheduleJsonSchemaText()) {
      console.error('schema/holiday-schedule.schema.json is out of date: run npx tsx scripts/schedule-json-schema.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_FILE, scheduleJsonSchemaText());
  }
}
