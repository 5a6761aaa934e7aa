//go:build race

package extract

// raceEnabled: under the race detector the comparisons with the libraries
// read one page in four (the detector) or eight (the dates): the code they
// compare runs on one goroutine, and go-dateparser's search is slow there.
const raceEnabled = true
