#!/usr/bin/env node
// A committed shim, so package managers can link the bin before the first build.
// It runs the bundled CLI (bundle/, see scripts/bundle.mjs): a few files to load instead of a hundred.
import { setFlagsFromString } from 'node:v8'
import { main } from '../bundle/bin.js'

// A lint run ends before TurboFan's inlined code pays back its compile time, which
// competes with linting for the cores (docs/decisions/0006-start-up-and-lazy-loading.md).
setFlagsFromString('--no-turbo-inlining')
main()
