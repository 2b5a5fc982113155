export type { Point, Fix, Suggestion, LintMessage, LintResult, LintStats, ReportedSeverity } from './types/message.js'
export type {
  Severity, Category, Fixable, OptionSchema, RuleMeta, Rule, RuleContext, Visitor, ReportDescriptor, SuggestDescriptor, NlcstType, NodeTypes,
} from './types/rule.js'
export { CATEGORIES } from './types/rule.js'
export type { UnitKind, Channel, FileSettings, LintUnit, ExtractedFile, Adapter } from './types/unit.js'
export type { TactfulConfig, ConfigOverride, RuleSetting, RuleEntry, ResolvedConfig, ResolvedOverride } from './types/config.js'

export { defineRule, type RuleInput } from './rule/define-rule.js'
export { docsUrl, DOCS_BASE } from './rule/docs-url.js'
export { RuleDefinitionError } from './rule/rule-definition-error.js'

export { compilePhraseRule, type PhraseRule } from './phrase/compile-phrase-rule.js'
export type { PhraseRuleSource, PatternSource, PatternOptions, Condition, Entity, Scope, PhraseRuleKind } from './phrase/types.js'
export { normalizeWord, tokenizePhrase, expandAlternatives } from './phrase/tokenize-phrase.js'
export { hasEntity } from './phrase/entities.js'
export { matchCase } from './phrase/match-case.js'

export { type AnyRule, isPhraseRule } from './linter/any-rule.js'
export { createLinter, countStats, MAX_FIX_PASSES, type Linter, type LinterSetup, type LintOptions } from './linter/create-linter.js'
export { applyFixes } from './linter/apply-fixes.js'
export { parseUnit } from './linter/parse-unit.js'

export { resolveConfig, type ConfigRegistry } from './config/resolve-config.js'
export { configForFile, matchingOverrides } from './config/config-for-file.js'
export { ConfigError } from './config/config-error.js'
export { definePreset, type Preset } from './config/preset.js'
export { isSeverity, lowerSeverity, SEVERITIES } from './config/severity.js'
export { validateOptions } from './config/validate-options.js'

export { createRegionContext, REGION_CODE, type RegionContext, type RegionInfo, type RegionTable } from './region/region-context.js'
export { LocationIndex } from './position/location-index.js'
export { OffsetMap, OffsetMapBuilder, type OffsetSegment } from './position/offset-map.js'
export type { Directive, DirectiveKind } from './directives/directive.js'
export { parseDirective } from './directives/parse-directive.js'
export { englishParser } from './parse/english.js'
export type { LanguageParser } from './parse/parser.js'
export { plainTextAdapter } from './adapter/plain-text.js'
export { tokenizeParagraph, type Token, type ParagraphTokens } from './phrase/tokens.js'
