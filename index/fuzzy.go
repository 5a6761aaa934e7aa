package index

// FuzzyBelow is how few matches make a search try again forgiving typos:
// "cyberatack", "Gravelynes" and "rançongicel" find their targets, but
// only when the words as typed find almost nothing, so that exact matches
// are never drowned.
const FuzzyBelow = 3
