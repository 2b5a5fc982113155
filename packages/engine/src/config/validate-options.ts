import type { OptionSchema } from '../types/rule.js'

/** Checks a value against a rule's option schema; returns the first problem with its key path. */
export function validateOptions(value: unknown, schema: OptionSchema, path = ''): { path: string; message: string } | null {
  const at = (p: string) => (path ? `${path}.${p}` : p)
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return { path, message: 'must be an object' }
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        const childSchema = schema.properties?.[key]
        if (!childSchema) {
          if (schema.additionalProperties === false || schema.properties) {
            const known = Object.keys(schema.properties ?? {})
            return { path: at(key), message: `unknown option${known.length ? `; known: ${known.join(', ')}` : ''}` }
          }
          continue
        }
        const problem = validateOptions(child, childSchema, at(key))
        if (problem) return problem
      }
      return null
    }
    case 'array': {
      if (!Array.isArray(value)) return { path, message: 'must be a list' }
      for (let i = 0; i < value.length; i++) {
        const problem = schema.items ? validateOptions(value[i], schema.items, `${path}[${i}]`) : null
        if (problem) return problem
      }
      return null
    }
    case 'string':
      if (typeof value !== 'string') return { path, message: 'must be a string' }
      break
    case 'boolean':
      if (typeof value !== 'boolean') return { path, message: 'must be true or false' }
      break
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || Number.isNaN(value) || (schema.type === 'integer' && !Number.isInteger(value))) {
        return { path, message: `must be ${schema.type === 'integer' ? 'a whole number' : 'a number'}` }
      }
      if (schema.minimum !== undefined && value < schema.minimum) return { path, message: `must be at least ${schema.minimum}` }
      if (schema.maximum !== undefined && value > schema.maximum) return { path, message: `must be at most ${schema.maximum}` }
      break
  }
  if (schema.enum && !schema.enum.includes(value as never)) return { path, message: `must be one of ${schema.enum.join(', ')}` }
  return null
}
