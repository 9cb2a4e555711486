#!/usr/bin/env node
// The translint command. `npm ci` (the `prepare` script) compiles the code
// to build/ and bundles the command into build/bundle/ (scripts/build-cli.mjs).
import '../build/bundle/cli.js'
