// picomatch ships its POSIX-only build (no `path` import, so browser-safe) without types of its own.
declare module 'picomatch/posix' {
  import picomatch from 'picomatch'
  export default picomatch
}
