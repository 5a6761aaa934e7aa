// Package config reads feeds.yaml, the file that lists the news sources Vigie
// watches and the settings of its crawler.
//
// Parse checks the whole file before it returns anything: every problem is
// reported with the file name, the line and the reason, the way a compiler
// reports errors, so that a typo in one source never leaves a source silently
// ignored. Each source comes back as a vigie.Source, with the settings filling
// what the source leaves empty.
//
// It is not for runtime state (see vigie.SourceState) nor for command-line
// flags: cmd/vigie reads those and decides which wins.
package config
