package config

import (
	"fmt"
	"net/netip"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ParsePrefixes reads a comma-separated list of CIDR prefixes or single
// addresses ("10.0.0.0/8, 192.168.1.5, ::1"), as -allow-private takes.
func ParsePrefixes(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range strings.Split(list, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		p, err := parsePrefix(s)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// parsePrefix reads "10.0.0.0/8" or a single address, taken as its /32 or
// /128.
func parsePrefix(s string) (netip.Prefix, error) {
	if strings.Contains(s, "/") {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return netip.Prefix{}, fmt.Errorf("%q is not a CIDR prefix like \"10.0.0.0/8\"", s)
		}
		return p.Masked(), nil
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, fmt.Errorf("%q is not an IP address or a CIDR prefix like \"10.0.0.0/8\"", s)
	}
	return netip.PrefixFrom(a, a.BitLen()), nil
}

// prefixes takes a list of CIDR prefixes or addresses, or a single one.
func prefixes(dst *[]netip.Prefix) setter {
	return func(key string, v *yaml.Node) string {
		if isNull(v) {
			return ""
		}
		items := []*yaml.Node{v}
		if v.Kind == yaml.SequenceNode {
			items = v.Content
		}
		var out []netip.Prefix
		for _, it := range items {
			it = resolve(it)
			if it.Kind != yaml.ScalarNode {
				return fmt.Sprintf("%s: want a list of CIDR prefixes, got %s", key, describe(it))
			}
			p, err := parsePrefix(strings.TrimSpace(it.Value))
			if err != nil {
				return fmt.Sprintf("%s: %v", key, err)
			}
			out = append(out, p)
		}
		*dst = out
		return ""
	}
}
