package store

import (
	"context"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

func TestSourceState(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)

	got, err := db.SourceState(ctx, "Unknown")
	if err != nil || !got.LastFetch.IsZero() || got != (vigie.SourceState{Source: "Unknown"}) {
		t.Errorf("unknown source: %+v, %v; want a zero state", got, err)
	}

	at := time.Date(2025, 3, 1, 8, 0, 0, 123456789, time.FixedZone("CET", 3600))
	ok := vigie.SourceState{Source: "B", ETag: `W/"1"`, LastModified: "Sat, 01 Mar 2025 07:00:00 GMT"}
	ok.Succeeded(at, 200, 42)
	failed := ok
	failed.Failed(at.Add(time.Hour), 503, "service unavailable")
	other := vigie.SourceState{Source: "A"}
	other.Failed(at, 0, "dial tcp: timeout")

	for _, s := range []vigie.SourceState{ok, other, failed} {
		if err := db.SaveSourceState(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := db.SourceState(ctx, "B"); err != nil {
		t.Fatal(err)
	} else {
		assertSourceState(t, got, failed)
	}
	all, err := db.SourceStates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Fatalf("%d states, want 2", len(all))
	}
	assertSourceState(t, all[0], other)
	assertSourceState(t, all[1], failed)

	assertCode(t, db.SaveSourceState(ctx, vigie.SourceState{}), vigie.EINVALID)
}

// assertSourceState fails the test unless got equals want, times compared
// as instants.
func assertSourceState(tb testing.TB, got, want vigie.SourceState) {
	tb.Helper()
	if !got.LastFetch.Equal(want.LastFetch) || !got.LastSuccess.Equal(want.LastSuccess) {
		tb.Errorf("%s: LastFetch, LastSuccess = %v, %v; want %v, %v",
			want.Source, got.LastFetch, got.LastSuccess, want.LastFetch, want.LastSuccess)
	}
	got.LastFetch, got.LastSuccess = want.LastFetch, want.LastSuccess
	if got != want {
		tb.Errorf("state = %+v, want %+v", got, want)
	}
}
