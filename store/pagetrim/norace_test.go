//go:build !race

package pagetrim

const raceEnabled = false
