import { describe, expect, test } from 'vitest'
import { adapterById, lintChecked } from './harness.js'

const plain = [
  'From: Support <help@shop.example>',
  'To: anna@example.com',
  'Subject: Your mistake with',
  ' the address',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hello Anna,',
  '',
  'it was your mistake, sorry.',
  '',
  '-- ',
  'Your fault, the support team',
  '',
  'On Mon, 3 Mar 2025, Anna <anna@example.com> wrote:',
  '> you failed to answer',
  '',
].join('\r\n')

const multipart = [
  'Subject: =?UTF-8?Q?Your_fault_=E2=80=94_sorry?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Hello Anna, caf=C3=A9 is closed and it was your mis=',
  'take.',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  btoa('<p>Hello Anna, it was your mistake.</p>'),
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p style=3D"x">Hello, you failed to pay.</p><blockquote>your fault</blockquote>',
  '--b1--',
  '',
].join('\r\n')

describe('eml adapter', () => {
  test('subject, body, signature and quoted history are separate units', () => {
    const units = adapterById('eml').extract(plain, 'reply.eml').units
    expect(units.map((u) => [u.kind, u.text.trim()])).toEqual([
      ['subject', 'Your mistake with\r\n the address'],
      ['body', 'Hello Anna,\r\n\r\nit was your mistake, sorry.'],
      ['signature', '-- \r\nYour fault, the support team'],
      ['quoted', 'On Mon, 3 Mar 2025, Anna <anna@example.com> wrote:\r\n> you failed to answer'],
    ])
  })

  test('signature and quoted text are not linted; positions are exact', () => {
    const { messages } = lintChecked(plain, 'reply.eml')
    expect(messages.map((m) => [m.actual, m.position.start.line, m.unit?.kind])).toEqual([
      ['Your mistake', 3, 'subject'],
      ['your mistake', 9, 'body'],
    ])
  })

  test('quoted-printable maps back exactly; base64 is read-only; encoded subjects are decoded', () => {
    const units = adapterById('eml').extract(multipart, 'reply.eml').units
    expect(units[0]!.text).toBe('Your fault — sorry')
    expect(units[1]!.text).toBe('Hello Anna, café is closed and it was your mistake.')
    const { messages } = lintChecked(multipart, 'reply.eml')
    const summary = messages.map((m) => [m.actual, Boolean(m.suggestions)])
    // Inside a decoded stretch the finding quotes the decoded words; its position spans the encoded stretch.
    expect(summary).toContainEqual(['Your fault', false])
    expect(summary).toContainEqual(['your mis=\r\ntake', true])
    expect(summary).toContainEqual(['your mistake', false])
    const encoded = btoa('<p>Hello Anna, it was your mistake.</p>')
    const inBase64 = messages.find((m) => m.actual === 'your mistake')!
    expect(multipart.slice(inBase64.position.start.offset, inBase64.position.end.offset)).toBe(encoded)
    expect(summary).toContainEqual(['you failed to', true])
    expect(messages.some((m) => m.actual === 'your fault')).toBe(false)
  })

  test('a QP fix is encoded as quoted-printable', () => {
    const adapter = adapterById('eml')
    const units = adapter.extract(multipart, 'reply.eml').units
    expect(adapter.encodeReplacement!('ça = ok', units[1]!)).toBe('=C3=A7a =3D ok')
  })

  test('a file without headers is a clear error', () => {
    expect(adapterById('eml').extract('\nhello', 'x.eml').error?.message).toMatch(/not an e-mail message/)
  })
})
