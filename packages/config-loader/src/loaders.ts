import { pathToFileURL } from 'node:url'
import { defaultLoaders, type Loader } from 'cosmiconfig'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { ConfigError } from '@tactful/engine'
import { loadJs } from './load-js.js'

/** A syntax error in a config file, with the 1-based line and column it points at. */
function syntaxError(file: string, kind: string, detail: string, line?: number, column?: number): ConfigError {
  const at = line !== undefined ? ` at line ${line}${column !== undefined ? `, column ${column}` : ''}` : ''
  return new ConfigError(`${kind} syntax error${at}: ${detail}`, undefined, file)
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** YAML (also the format of an extension-less `.tactfulrc`, which may hold JSON). */
export const loadYaml: Loader = (filePath, content) => {
  try {
    return parseYaml(content, { prettyErrors: true }) ?? {}
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0]
      const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
      throw syntaxError(filePath, 'YAML', detail, pos?.line, pos?.col)
    }
    throw error
  }
}

/** JSON configs. Editors on Windows save a byte order mark, which JSON.parse rejects: drop it. */
export const loadJson: Loader = (filePath, content) => {
  const text = content.replace(/^\uFEFF/, '')
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = (error as Error).message
    const position = /position (\d+)/.exec(detail)
    const where = position ? lineAndColumn(text, Number(position[1])) : undefined
    const reason = detail.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'unexpected end of input')
    throw syntaxError(filePath, 'JSON', reason, where?.line, where?.column)
  }
}

/**
 * TypeScript configs: Node strips types natively from 22.18; before that,
 * cosmiconfig's loader transpiles with the `typescript` package when installed.
 */
export const loadTs: Loader = async (filePath, content) => {
  try {
    const module = await import(pathToFileURL(filePath).href)
    return module.default
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code !== 'ERR_UNKNOWN_FILE_EXTENSION' && !(error instanceof SyntaxError)) throw error
  }
  try {
    return await defaultLoaders['.ts'](filePath, content)
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || /Cannot find (module|package) 'typescript'/.test(String(error))) {
      throw new ConfigError('loading a TypeScript config needs Node 22.18+ or the "typescript" package installed', undefined, filePath)
    }
    throw error
  }
}

export const loaders = {
  ...defaultLoaders,
  '.js': loadJs,
  '.mjs': loadJs,
  '.cjs': loadJs,
  noExt: loadYaml,
  '.yaml': loadYaml,
  '.yml': loadYaml,
  '.json': loadJson,
  '.ts': loadTs,
}
