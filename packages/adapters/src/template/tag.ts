/** Which template language a tag is written in. `{{ name }}` alone is shared by all of them. */
export type TemplateSyntax = 'mustache' | 'handlebars' | 'liquid' | 'jinja' | 'merge-tag'

export type TagKind =
  | 'value' // {{ name }}, {{{ html }}}, *|FNAME|*: renders a value
  | 'open' // {{#if x}}, {% if x %}, {{^x}}
  | 'else' // {{else}}, {% elsif %}, {% elif %}, {% when %}
  | 'close' // {{/if}}, {% endif %}
  | 'comment' // {{! }}, {{!-- --}}, {# #}, {% comment %}…{% endcomment %}
  | 'control' // {{> partial}}, {% assign %}, {% include %}: renders no prose of its own

/** A template tag found in a file; offsets are file offsets, end exclusive. */
export interface ScannedTag {
  start: number
  end: number
  raw: string
  kind: TagKind
  syntax: TemplateSyntax
  /** Keyword or variable: `if`, `each`, `first_name`. */
  name: string
  /** Body of a comment tag, without its delimiters. */
  comment?: string
  /** The value tag has a default (`| default: "there"`, `or "there"`) or sits in a block that tests it. */
  fallback?: boolean
  /** Set when the tag is malformed or unbalanced. */
  problem?: TagProblem
}

export type TagProblem = 'unclosed-tag' | 'unclosed-block' | 'unmatched-close' | 'stray-else'
