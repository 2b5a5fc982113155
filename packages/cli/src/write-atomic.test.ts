import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { writeFileAtomic } from './write-atomic.js'

// Tests run as root, for whom every file is writable: a file named "read-only…" is refused as for a user.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fsp = await importOriginal<typeof import('node:fs/promises')>()
  const access = (async (path: unknown, mode?: number) => {
    if (String(path).includes('read-only')) throw Object.assign(new Error(`EACCES: permission denied, access '${String(path)}'`), { code: 'EACCES' })
    return fsp.access(path as string, mode)
  }) as typeof fsp.access
  return { ...fsp, default: { ...fsp, access }, access }
})

describe('writeFileAtomic', () => {
  it('keeps a hard link sharing the new content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-write-'))
    writeFileSync(join(dir, 'a.txt'), 'old')
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'))
    await writeFileAtomic(join(dir, 'a.txt'), 'new')
    expect([readFileSync(join(dir, 'a.txt'), 'utf8'), readFileSync(join(dir, 'b.txt'), 'utf8')]).toEqual(['new', 'new'])
  })

  it('writes through a symbolic link and keeps the link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-write-'))
    writeFileSync(join(dir, 'a.txt'), 'old')
    symlinkSync('a.txt', join(dir, 'link.txt'))
    await writeFileAtomic(join(dir, 'link.txt'), 'new')
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new')
    expect(readFileSync(join(dir, 'link.txt'), 'utf8')).toBe('new')
  })

  it('refuses a file its user may not write, leaving it as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-write-'))
    writeFileSync(join(dir, 'read-only.txt'), 'old')
    await expect(writeFileAtomic(join(dir, 'read-only.txt'), 'new')).rejects.toMatchObject({ code: 'EACCES' })
    expect(readFileSync(join(dir, 'read-only.txt'), 'utf8')).toBe('old')
  })
})
