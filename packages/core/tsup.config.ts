import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/lazy.ts', 'src/formats.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
})
