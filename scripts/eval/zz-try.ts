import { createLinter } from '@tactful/core'
const [text, format = 'text', region, channel = 'chat'] = process.argv.slice(2)
const ext: Record<string, string> = { text: 'txt', markdown: 'md', html: 'html', handlebars: 'hbs' }
const linter = createLinter({})
const result = linter.lint(text!.replace(/\\n/g, '\n'), { filePath: `message.${ext[format]}`, ...(region ? { region } : {}), channel } as never)
for (const m of result.messages) console.log(m.ruleId, m.severity, JSON.stringify(m.actual ?? ''), '-', m.message.slice(0, 80))
