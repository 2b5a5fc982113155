#!/usr/bin/env node
// A committed shim, so package managers can link the bin before the first build.
// It runs the bundled CLI (bundle/, see scripts/bundle.mjs): a few files to load instead of a hundred.
import { main } from '../bundle/bin.js'

main()
