import { constants } from 'node:fs'
import { access, chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Replaces a file's content without ever leaving it half-written: write a
 * temporary file beside it with the same mode, then rename over it. Follows
 * symlinks so the link itself survives; a file with hard links is written in
 * place, and a read-only file is refused (EACCES).
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const target = await realpath(path)
  // A rename needs only the folder's permission: a read-only file would be replaced behind its owner's back.
  await access(target, constants.W_OK)
  const { mode, nlink } = await stat(target)
  // A rename would cut a hard link off from the other names of the file: write those in place.
  if (nlink > 1) return writeFile(target, content)
  // Imported here: node:crypto costs a run that writes nothing a fortieth of its cold start.
  const { randomBytes } = await import('node:crypto')
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tactful-tmp`)
  try {
    await writeFile(temp, content, { flag: 'wx', mode: mode & 0o7777 })
    // The umask may have narrowed the mode at creation.
    await chmod(temp, mode & 0o7777)
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
