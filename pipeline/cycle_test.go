package pipeline

import (
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/crawler"
)

func TestBackoff(t *testing.T) {
	t.Parallel()
	src := vigie.Source{Name: "A", Interval: time.Hour}
	for _, tc := range []struct {
		name     string
		failures int
		fe       *crawler.FetchError
		want     time.Duration
	}{
		{"not a fetch error", 3, nil, 0},
		{"404: the interval decides", 3, &crawler.FetchError{Status: 404}, 0},
		{"first 500", 1, &crawler.FetchError{Status: 500}, time.Hour},
		{"third 503 in a row", 3, &crawler.FetchError{Status: 503}, 4 * time.Hour},
		{"capped at a day", 20, &crawler.FetchError{Status: 500}, maxBackoff},
		{"Retry-After longer than the back-off", 1, &crawler.FetchError{Status: 429, RetryAfter: 5 * time.Hour}, 5 * time.Hour},
		{"Retry-After capped at a week", 1, &crawler.FetchError{Status: 429, RetryAfter: 30 * 24 * time.Hour}, 7 * maxBackoff},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			st := &vigie.SourceState{Failures: tc.failures}
			if got := backoff(src, st, tc.fe); got != tc.want {
				t.Errorf("backoff = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestDueEvery(t *testing.T) {
	t.Parallel()
	src := vigie.Source{Name: "A", Interval: time.Hour}
	now := time.Now()
	for _, tc := range []struct {
		name  string
		every time.Duration
		last  time.Time
		want  bool
	}{
		{"never fetched", 0, time.Time{}, true},
		{"within its interval", 0, now.Add(-30 * time.Minute), false},
		{"past its interval", 0, now.Add(-2 * time.Hour), true},
		{"-interval overrides the source's", 10 * time.Minute, now.Add(-30 * time.Minute), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := DueEvery(tc.every)(src, vigie.SourceState{LastFetch: tc.last}); got != tc.want {
				t.Errorf("due = %v, want %v", got, tc.want)
			}
		})
	}
}
