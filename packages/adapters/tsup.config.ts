import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/on-demand.ts', 'src/formats-list.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
})
