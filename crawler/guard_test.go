package crawler

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync/atomic"
	"testing"
	"time"
)

func TestCheckHost(t *testing.T) {
	t.Parallel()
	g := &guard{}
	for _, tc := range []struct {
		host, kind string
	}{
		{"127.0.0.1", "loopback"},
		{"localhost", "loopback"},
		{"LOCALHOST.", "loopback"},
		{"api.localhost", "loopback"},
		{"2130706433", "loopback"},
		{"0x7f000001", "loopback"},
		{"0177.0.0.1", "loopback"},
		{"0x7f.1", "loopback"},
		{"127.1", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"::ffff:7f00:1", "loopback"},
		{"10.0.0.1", "private"},
		{"012.0.0.1", "private"},
		{"192.168.1.10", "private"},
		{"172.16.5.4", "private"},
		{"fd00::1", "private"},
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"100.64.0.1", "carrier-grade NAT"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"0.0.0.0", "unspecified"},
		{"0", "unspecified"},
		{"::", "unspecified"},
		{"255.255.255.255", "broadcast"},
		{"93.184.216.34", ""},
		{"1572395042", ""}, // 93.184.216.34 in decimal
		{"2606:4700::1111", ""},
		{"www.example.com", ""},
		{"1.example", ""},
		{"0x.example", ""},
	} {
		err := g.checkHost(tc.host)
		var be *BlockedAddressError
		switch {
		case tc.kind == "" && err != nil:
			t.Errorf("%s refused: %v", tc.host, err)
		case tc.kind != "" && !errors.As(err, &be):
			t.Errorf("%s allowed, want refused as %s", tc.host, tc.kind)
		case tc.kind != "" && be.Kind != tc.kind:
			t.Errorf("%s refused as %s, want %s", tc.host, be.Kind, tc.kind)
		}
	}
	allowed := &guard{allow: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}}
	if err := allowed.checkHost("10.1.2.3"); err != nil {
		t.Errorf("10.1.2.3 refused with 10.0.0.0/8 allowed: %v", err)
	}
	if err := allowed.checkHost("::ffff:10.1.2.3"); err != nil {
		t.Errorf("::ffff:10.1.2.3 refused with 10.0.0.0/8 allowed: %v", err)
	}
	if err := allowed.checkHost("127.0.0.1"); err == nil {
		t.Error("127.0.0.1 allowed with only 10.0.0.0/8 allowed")
	}
}

// TestDialGuard dials a name that resolves to loopback: the refusal comes
// at connect time, from the address actually dialled, and the listener
// receives nothing.
func TestDialGuard(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	t.Cleanup(internal.Close)
	_, port, _ := net.SplitHostPort(internal.Listener.Addr().String())
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	dial := (&guard{}).dialContext(&net.Dialer{})
	_, err := dial(ctx, "tcp", net.JoinHostPort("localhost", port))
	var be *BlockedAddressError
	if !errors.As(err, &be) || be.Kind != "loopback" {
		t.Fatalf("dial localhost: err = %v, want a loopback refusal", err)
	}
	// The proxy, named in the context, is trusted wherever it listens.
	conn, err := dial(context.WithValue(ctx, proxyKey{}, internal.Listener.Addr().String()), "tcp", internal.Listener.Addr().String())
	if err != nil {
		t.Fatalf("dial the trusted proxy: %v", err)
	}
	conn.Close()
	allowed := (&guard{allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}}).dialContext(&net.Dialer{})
	conn, err = allowed(ctx, "tcp", internal.Listener.Addr().String())
	if err != nil {
		t.Fatalf("dial an allowed address: %v", err)
	}
	conn.Close()
	if n := hits.Load(); n != 0 {
		t.Errorf("the internal listener served %d requests", n)
	}
}
