/**
 * A structural RFC 5545 checker, written from the RFC, independent of reviewclock's writer: line ends, line length
 * in octets, folding, BEGIN/END nesting, required properties, all-day DATE values and TEXT escapes.
 */

export interface IcsComponent {
  name: string;
  properties: { name: string; params: Record<string, string>; value: string }[];
  children: IcsComponent[];
}

/** Undoes folding (§3.1): a CRLF followed by one space or tab is removed. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** Decodes a TEXT value (§3.3.11). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Every structural problem found; an empty list for a valid file. */
export function checkIcs(text: string): { problems: string[]; root?: IcsComponent } {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('a line break is not CRLF');
  const physical = text.split('\r\n').slice(0, -1);
  physical.forEach((line, index) => {
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) problems.push(`line ${index + 1} has ${octets} octets`);
    if (line.length === 0) problems.push(`line ${index + 1} is empty`);
  });
  // A fold must not split a UTF-8 character: every physical line must be valid on its own.
  for (const line of physical) if (line.includes('\uFFFD')) problems.push(`line has a replacement character: ${line}`);

  const lines = unfold(text).split('\r\n').slice(0, -1);
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of lines) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^;:,]*)(?:,(?:"[^"]*"|[^;:,]*))*)*):([^]*)$/.exec(line); // [^]: a value may hold U+2028/U+2029, which '.' does not match
    if (!match) {
      problems.push(`not a content line: ${line}`);
      continue;
    }
    const [, rawName, rawParams, value] = match as unknown as [string, string, string, string];
    const name = rawName.toUpperCase();
    const params: Record<string, string> = {};
    for (const param of rawParams.split(';').slice(1)) {
      const [key, val] = param.split('=') as [string, string];
      params[key.toUpperCase()] = val;
    }
    if (name === 'BEGIN') {
      const component: IcsComponent = { name: value.toUpperCase(), properties: [], children: [] };
      if (stack.length) stack[stack.length - 1]!.children.push(component);
      else if (root) problems.push('more than one top-level component');
      else root = component;
      stack.push(component);
    } else if (name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== value.toUpperCase()) problems.push(`END:${value} does not close ${open?.name ?? 'anything'}`);
    } else if (!stack.length) {
      problems.push(`property outside a component: ${line}`);
    } else {
      stack[stack.length - 1]!.properties.push({ name, params, value });
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.map((c) => c.name).join(', ')}`);
  if (!root || root.name !== 'VCALENDAR') {
    problems.push('the file is not one VCALENDAR');
    return { problems };
  }
  const one = (component: IcsComponent, property: string) => component.properties.filter((p) => p.name === property);
  for (const required of ['PRODID', 'VERSION']) {
    if (one(root, required).length !== 1) problems.push(`VCALENDAR needs exactly one ${required}`);
  }
  if (one(root, 'VERSION')[0]?.value !== '2.0') problems.push('VERSION is not 2.0');
  if (root.children.length === 0) problems.push('VCALENDAR has no component');
  const uids = new Set<string>();
  for (const event of root.children) {
    if (event.name !== 'VEVENT') continue;
    for (const required of ['UID', 'DTSTAMP', 'DTSTART']) {
      if (one(event, required).length !== 1) problems.push(`VEVENT needs exactly one ${required}`);
    }
    const uid = one(event, 'UID')[0]?.value ?? '';
    if (uids.has(uid)) problems.push(`duplicate UID ${uid}`);
    uids.add(uid);
    if (!/^\d{8}T\d{6}Z$/.test(one(event, 'DTSTAMP')[0]?.value ?? '')) problems.push(`DTSTAMP is not a UTC date-time in ${uid}`);
    for (const property of ['DTSTART', 'DTEND']) {
      const p = one(event, property)[0];
      if (!p) continue;
      if (p.params['VALUE'] !== 'DATE' || !/^\d{8}$/.test(p.value)) problems.push(`${property} is not VALUE=DATE in ${uid}`);
    }
    const start = one(event, 'DTSTART')[0]?.value ?? '';
    const end = one(event, 'DTEND')[0]?.value;
    if (end !== undefined && end <= start) problems.push(`DTEND ${end} is not after DTSTART ${start} in ${uid}`);
    if (end !== undefined && one(event, 'DURATION').length) problems.push(`both DTEND and DURATION in ${uid}`);
    for (const text of ['SUMMARY', 'DESCRIPTION']) {
      for (const p of one(event, text)) {
        // In TEXT, ; and , must be escaped, and a backslash starts an escape.
        if (/(^|[^\\])(\\\\)*[;,]/.test(p.value)) problems.push(`unescaped ; or , in ${text} of ${uid}`);
        if (/(^|[^\\])(\\\\)*\\[^\\;,nN]/.test(p.value)) problems.push(`bad escape in ${text} of ${uid}`);
      }
    }
  }
  return { problems, root };
}

/** The VEVENTs of a checked file as plain objects: property name → decoded value. */
export function eventsOf(root: IcsComponent): Record<string, string>[] {
  return root.children
    .filter((c) => c.name === 'VEVENT')
    .map((event) => Object.fromEntries(event.properties.map((p) => [p.name, p.name === 'SUMMARY' || p.name === 'DESCRIPTION' ? unescapeText(p.value) : p.value])));
}
