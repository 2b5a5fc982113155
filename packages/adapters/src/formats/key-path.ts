/** Appends a segment to a key path: `macros[3].actions[1].value`, `["needs quoting"]`. */
export function joinKey(path: string, segment: string | number): string {
  if (typeof segment === 'number') return `${path}[${segment}]`
  if (/^[A-Za-z_$][\w$-]*$/.test(segment)) return path ? `${path}.${segment}` : segment
  return `${path}[${JSON.stringify(segment)}]`
}
