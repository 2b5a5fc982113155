import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
})
