package digest

import (
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

func TestParseWeek(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	for in, start := range map[string]string{
		"2026-W49": "2026-11-30", "2026-W01": "2025-12-29", "2020-W53": "2020-12-28", "2027-W01": "2027-01-04",
	} {
		w, err := ParseWeek(in)
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if got := w.Start(paris).Format(time.DateOnly); got != start || w.String() != in {
			t.Errorf("%s starts %s, want %s", in, got, start)
		}
	}
	for _, bad := range []string{"2026-49", "2026-W54", "2026-W00", "2026-W5", "2025-W53", "x"} {
		if _, err := ParseWeek(bad); vigie.ErrorCode(err) != vigie.EINVALID {
			t.Errorf("%q: %v", bad, err)
		}
	}
	if got := (Week{2026, 1}).Add(-1); got != (Week{2025, 52}) {
		t.Errorf("week before 2026-W01: %s", got)
	}
}

func TestNextSend(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	for _, tc := range []struct{ now, want string }{
		{"2026-12-04T12:00:00+01:00", "2026-12-07T08:00:00+01:00"}, // Friday
		{"2026-12-07T07:59:00+01:00", "2026-12-07T08:00:00+01:00"}, // Monday before 8
		{"2026-12-07T08:01:00+01:00", "2026-12-14T08:00:00+01:00"}, // Monday after 8
		{"2026-03-27T12:00:00+01:00", "2026-03-30T08:00:00+02:00"}, // across the change to summer time
	} {
		now, _ := time.Parse(time.RFC3339, tc.now)
		if got := NextSend(now, time.Monday, 8, 0, paris).Format(time.RFC3339); got != tc.want {
			t.Errorf("after %s: %s, want %s", tc.now, got, tc.want)
		}
	}
}

func TestTokens(t *testing.T) {
	k := newKeys([]byte("secret"))
	now := time.Unix(1_800_000_000, 0)
	f := vigie.DigestFilter{Lang: "fr"}
	tok := k.signToken(claims{Kind: kindConfirm, Address: "a@example.org", Filter: &f, Expires: now.Add(time.Hour).Unix()})
	if c, err := k.verifyToken(tok, kindConfirm, now); err != nil || c.Address != "a@example.org" {
		t.Fatalf("valid token: %+v %v", c, err)
	}
	if _, err := k.verifyToken(tok, kindConfirm, now.Add(2*time.Hour)); err == nil || !strings.Contains(vigie.ErrorMessage(err), "expired") {
		t.Errorf("expired token: %v", err)
	}
	if _, err := k.verifyToken(tok, kindUnsub, now); err == nil {
		t.Error("a confirm token unsubscribes")
	}
	if _, err := newKeys([]byte("other")).verifyToken(tok, kindConfirm, now); err == nil {
		t.Error("a token of another secret passes")
	}
	p, sig, _ := strings.Cut(tok, ".")
	if _, err := k.verifyToken(p[:len(p)-2]+"AA."+sig, kindConfirm, now); err == nil {
		t.Error("an altered token passes")
	}
	sealed, err := k.sealAddress("a@example.org")
	if err != nil || strings.Contains(string(sealed), "example") {
		t.Fatalf("sealed %q %v", sealed, err)
	}
	if got, err := k.openAddress(sealed); err != nil || got != "a@example.org" {
		t.Errorf("opened %q %v", got, err)
	}
}

func TestTrend(t *testing.T) {
	for _, tc := range []struct {
		n    int
		prev []int
		want string
	}{{5, []int{1, 2, 1, 2}, "up"}, {0, []int{2, 2, 2, 2}, "down"}, {2, []int{2, 1, 2, 3}, "stable"}, {0, []int{0, 0, 0, 0}, "stable"}, {1, []int{0, 0, 0, 0}, "up"}} {
		if _, got := trend(tc.n, tc.prev); got != tc.want {
			t.Errorf("%d against %v: %s, want %s", tc.n, tc.prev, got, tc.want)
		}
	}
}
