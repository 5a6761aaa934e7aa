//go:build race

package pagetrim

// raceEnabled: under the race detector (make test) the gate on
// Readability's real pages extracts one page in four: extraction runs on
// one goroutine there, and is several times slower.
const raceEnabled = true
