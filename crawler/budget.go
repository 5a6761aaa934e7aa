package crawler

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ErrTimeBudget is the error of a request refused or cut short because the
// crawler's deadline (see WithDeadline) passed: a source that trickles its
// bytes cannot hold a worker longer than its budget.
var ErrTimeBudget = errors.New("time budget of the source exceeded")

// WithDeadline returns a crawler that shares c's collector, robots.txt
// files and per-host politeness but refuses to start a request after t and
// cuts the one running at t. A crawl cycle gives each source its own.
func (c *Crawler) WithDeadline(t time.Time) *Crawler {
	cp := *c
	cp.deadline = t
	return &cp
}

// retryAfter reads a Retry-After header, in seconds or as an HTTP date,
// relative to now; 0 when absent or unreadable.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseInt(v, 10, 64); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(min(s, int64(30*24*time.Hour/time.Second))) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
