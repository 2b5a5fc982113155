// An esbuild plugin for the CLI bundle: the generated phrase rules' data goes to one JSON file
// the bundle reads at start, instead of staying JSON text inside JavaScript string literals.
// V8 decodes and scans every byte of a module's source before it runs; for two megabytes of rule
// data that was about a third of a cold start, and JSON.parse reads the same bytes from a file
// without either. The generated modules stay the one source of the data: this only moves it.
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

export const PHRASE_DATA_FILE = 'phrase-rules.json'
const DATA_MODULE = 'tactful:phrase-rule-data'
/** The one line of a generated phrase module that holds its data (rules/scripts/compile.ts writes it). */
const DATA_LINE = /^export const rule: PhraseRule = unpackPhraseRule\(JSON\.parse\(("(?:[^"\\]|\\.)*")\)\)$/m

/** @param {{ rulesSource: string }} options where @tactful/rules's TypeScript entry is: bundled from source, the data modules can be swapped. */
export function phraseDataPlugin({ rulesSource }) {
  return {
    name: 'tactful-phrase-data',
    setup(build) {
      /** @type {Map<string, string>} rule id → its packed JSON text */
      const data = new Map()
      build.onStart(() => data.clear())
      build.onResolve({ filter: /^@tactful\/rules$/ }, () => ({ path: rulesSource }))
      build.onLoad({ filter: /[\\/]rules[\\/]src[\\/]generated[\\/]phrases[\\/][^\\/]+\.ts$/ }, ({ path }) => {
        const source = readFileSync(path, 'utf8')
        const line = DATA_LINE.exec(source)
        if (!line) throw new Error(`${path}: not a generated phrase rule module (run \`pnpm --dir rules run generate\`)`)
        const id = basename(path, '.ts')
        data.set(id, JSON.parse(line[1]))
        return {
          loader: 'ts',
          contents: `import { unpackPhraseRule } from '@tactful/engine'\nimport { phraseRuleData } from '${DATA_MODULE}'\nexport const rule = unpackPhraseRule(phraseRuleData(${JSON.stringify(id)}))\n`,
        }
      })
      build.onResolve({ filter: new RegExp(`^${DATA_MODULE}$`) }, () => ({ path: DATA_MODULE, namespace: 'tactful' }))
      build.onLoad({ filter: /.*/, namespace: 'tactful' }, () => ({
        loader: 'js',
        contents: [
          "import { readFileSync } from 'node:fs'",
          'let data',
          '/** A generated phrase rule\'s packed data, from the JSON file beside the bundle (read once; ASCII, so read as Latin-1, the cheapest decoding). */',
          'export function phraseRuleData(id) {',
          `  data ??= JSON.parse(readFileSync(new URL('./${PHRASE_DATA_FILE}', import.meta.url), 'latin1'))`,
          '  return data[id]',
          '}',
        ].join('\n'),
      }))
      build.onEnd((result) => {
        if (result.errors.length > 0) return
        if (data.size === 0) throw new Error('no generated phrase rule was bundled: is @tactful/rules still imported?')
        // Each rule's JSON text as generated, spliced in unchanged.
        const entries = [...data].sort(([a], [b]) => a.localeCompare(b)).map(([id, json]) => `${JSON.stringify(id)}:${json}`)
        // Escaped to ASCII: a few hundred curly quotes would make the whole text a two-byte string, slower to decode and parse.
        const ascii = `{${entries.join(',\n')}}\n`.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
        writeFileSync(join(build.initialOptions.absWorkingDir, build.initialOptions.outdir, PHRASE_DATA_FILE), ascii)
      })
    },
  }
}
