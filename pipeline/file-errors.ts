// What a failed file operation means, in words a committee member can act on (not ENOENT).

const WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist (it may have been moved, renamed or deleted)',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission was denied',
  EPERM: 'the operation is not permitted',
  EBUSY: 'it is locked by another program (is it open in Excel?)',
  ETXTBSY: 'it is locked by another program',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ELOOP: 'it is a link that leads back to itself',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
  EXDEV: 'it is on another disk',
};

/** "permission was denied (EACCES)"; the code is kept at the end for whoever reports it. */
export function fileErrorWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  const words = WORDS[code];
  return words === undefined ? `the system said ${code}` : `${words} (${code})`;
}
