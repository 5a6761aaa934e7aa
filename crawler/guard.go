package crawler

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
)

// BlockedAddressError is a request refused because it would reach an
// address that is not on the public internet, unless AllowPrivate lists it.
type BlockedAddressError struct {
	Host string // as the URL or the dialler named it
	Addr netip.Addr
	Kind string // "loopback", "private", ...
}

// Error implements the error interface.
func (e *BlockedAddressError) Error() string {
	if e.Host != "" && e.Host != e.Addr.String() {
		return fmt.Sprintf("refused: %s is %s, a %s address (allow it with allow_private)", e.Host, e.Addr, e.Kind)
	}
	return fmt.Sprintf("refused: %s is a %s address (allow it with allow_private)", e.Addr, e.Kind)
}

// special are the ranges that are not the public internet, besides those
// netip.Addr's methods name.
var special = []struct {
	prefix netip.Prefix
	kind   string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("::/96"), "IPv4-compatible"},
	{netip.MustParsePrefix("64:ff9b::/96"), "NAT64"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "NAT64"},
	{netip.MustParsePrefix("100::/64"), "discard"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
}

// addressKind names the kind of a non-public address, "" for a public one.
// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are judged as the IPv4
// address they carry.
func addressKind(ip netip.Addr) string {
	ip = ip.Unmap()
	switch {
	case !ip.IsValid():
		return "invalid"
	case ip.IsLoopback():
		return "loopback"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast():
		return "link-local"
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	case ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "broadcast"
	}
	for _, s := range special {
		if s.prefix.Contains(ip) {
			return s.kind
		}
	}
	return ""
}

// guard refuses non-public addresses but those allowed.
type guard struct {
	allow []netip.Prefix
}

// check returns a *BlockedAddressError when ip may not be reached.
func (g *guard) check(host string, ip netip.Addr) error {
	kind := addressKind(ip)
	if kind == "" {
		return nil
	}
	for _, p := range g.allow {
		if p.Contains(ip) || p.Contains(ip.Unmap()) {
			return nil
		}
	}
	return &BlockedAddressError{Host: host, Addr: ip.Unmap(), Kind: kind}
}

// control is a net.Dialer Control function: it sees the address actually
// dialled, after DNS, so that names resolving to a private address (DNS
// rebinding included) and redirects to one are refused as IP literals are.
func (g *guard) control(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return err
	}
	return g.check("", ip)
}

// checkHost refuses a URL host that names a non-public address, in any of
// the forms a URL parser or a proxy may take for one: "localhost", dotted,
// decimal (2130706433), octal (0177.0.0.1), hexadecimal (0x7f.1) or short
// (127.1) IPv4, IPv6 with or without an embedded IPv4. Other names are left
// to the dial-time check, or to the proxy that resolves them.
func (g *guard) checkHost(host string) error {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	if strings.ContainsAny(h, "[]") {
		// No host has a bracket inside its one pair; a proxy or a lax
		// parser might still strip them all and reach "::".
		return fmt.Errorf("crawler: malformed host %q", host)
	}
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return g.check(host, netip.AddrFrom4([4]byte{127, 0, 0, 1}))
	}
	if i := strings.IndexByte(h, '%'); i >= 0 {
		h = h[:i] // zone
	}
	if ip, err := netip.ParseAddr(h); err == nil {
		return g.check(host, ip)
	}
	if ip, ok := parseLooseIPv4(h); ok {
		return g.check(host, ip)
	}
	return nil
}

// parseLooseIPv4 reads the IPv4 forms of inet_aton and of the WHATWG URL
// standard: one to four parts, each decimal, octal (leading 0) or
// hexadecimal (0x), the last filling the bytes left.
func parseLooseIPv4(h string) (netip.Addr, bool) {
	parts := strings.Split(h, ".")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 0 || len(parts) > 4 {
		return netip.Addr{}, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Part(p)
		if !ok {
			return netip.Addr{}, false
		}
		nums[i] = n
	}
	var v uint64
	for i, n := range nums[:len(nums)-1] {
		if n > 255 {
			return netip.Addr{}, false
		}
		v |= n << (8 * (3 - i))
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return netip.Addr{}, false
	}
	v |= last
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}

func parseIPv4Part(p string) (uint64, bool) {
	base := 10
	switch {
	case p == "":
		return 0, false
	case strings.HasPrefix(p, "0x"):
		p, base = p[2:], 16
		if p == "" {
			return 0, true
		}
	case len(p) > 1 && p[0] == '0':
		p, base = p[1:], 8
	}
	n, err := strconv.ParseUint(p, base, 64)
	return n, err == nil
}

// dialContext dials address, refusing non-public addresses at connect
// time, unless ctx says the address is the configured proxy, which is
// trusted wherever it listens.
func (g *guard) dialContext(d *net.Dialer) func(ctx context.Context, network, address string) (net.Conn, error) {
	guarded := *d
	guarded.Control = g.control
	return func(ctx context.Context, network, address string) (net.Conn, error) {
		if p, _ := ctx.Value(proxyKey{}).(string); p != "" && p == address {
			return d.DialContext(ctx, network, address)
		}
		return guarded.DialContext(ctx, network, address)
	}
}

// proxyKey marks a request's context with the address of the proxy it goes
// through, host:port.
type proxyKey struct{}
