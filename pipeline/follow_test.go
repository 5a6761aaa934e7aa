package pipeline

import (
	"testing"
	"time"
)

// TestFollowing: a replica's lag is tolerated while Follow runs and
// succeeded within three of its turns (10 s at least, a minute at most).
func TestFollowing(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		every time.Duration
		ago   time.Duration
		want  bool
	}{
		{"not following", 0, 0, false},
		{"followed just now", 2 * time.Second, time.Second, true},
		{"within 10 s", 2 * time.Second, 9 * time.Second, true},
		{"stuck for 11 s", 2 * time.Second, 11 * time.Second, false},
		{"every 10 s, 25 s ago", 10 * time.Second, 25 * time.Second, true},
		{"every hour, 2 min ago", time.Hour, 2 * time.Minute, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := &App{}
			a.follow.every.Store(int64(tc.every))
			a.follow.last.Store(time.Now().Add(-tc.ago).UnixNano())
			if got := a.following(); got != tc.want {
				t.Errorf("following = %v, want %v", got, tc.want)
			}
		})
	}
}
