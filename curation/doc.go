// Package curation applies curators' corrections to the incidents that
// clustering produced: a field set by hand, an article that is not about
// an attack, two incidents that are one, an article that reports another
// attack. Apply runs after every clustering, so corrections survive
// `vigie reprocess` and recrawls; it is a pure function of the incidents
// and the corrections, and applying it twice changes nothing more.
//
// It neither stores corrections (package store does) nor checks who may
// make them (package server does).
package curation
