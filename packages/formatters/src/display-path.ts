import { isAbsolute, relative, sep } from 'node:path'

/** A path relative to the working directory with forward slashes; absolute when outside it. */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath.split(sep).join('/')
  const rel = relative(cwd, filePath)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return filePath.split(sep).join('/')
  return rel.split(sep).join('/')
}
