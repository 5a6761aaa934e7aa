package vigie

import "time"

// Page is a web page as fetched, before extraction.
type Page struct {
	URL          string // as requested
	FinalURL     string // after redirects
	Status       int
	ContentType  string
	Body         []byte // bytes as received, in their own charset
	ETag         string
	LastModified string
	FetchedAt    time.Time
}
