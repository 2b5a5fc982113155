/** Keys whose values are data, not prose a customer reads. */
const DATA_KEYS = /^(id|uuid|guid|key|slug|url|href|src|link|uri|email|e-?mail|phone|locale|lang|language|type|kind|status|state|role|channel|region|created(_at)?|updated(_at)?|date|time|timestamp|color|colour|icon|format|version|tags?|category|field|name|brand|brand_id|group_id|author_id|ticket_id|conversation_id)$/i

/**
 * Whether a catalogue string is prose to lint: not under a data key, holds a
 * letter, and is not a bare identifier, URL or e-mail address.
 */
export function isProseValue(key: string | number | undefined, value: string): boolean {
  if (typeof key === 'string' && DATA_KEYS.test(key)) return false
  if (!/\p{L}/u.test(value)) return false
  const trimmed = value.trim()
  if (/\s/.test(trimmed)) return true
  if (/^(https?:|mailto:|www\.)|@[\w-]+\.\w/.test(trimmed)) return false
  // snake_case, kebab-case, dotted.keys and camelCase identifiers are data.
  return !/[_./\\]|^[a-z]+(-[a-z0-9]+)+$|^[a-z]+[A-Z]\w*$/.test(trimmed)
}
