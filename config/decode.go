package config

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/vigie-news/vigie"
)

// maxProblems caps the problems listed in one error: past that, the rest is
// most likely the consequence of the first ones.
const maxProblems = 20

// problem is one thing wrong with the file. Line 0 means unknown.
type problem struct {
	line int
	msg  string
}

// decoder walks the YAML nodes of one file, so that every problem can be
// reported at its line, and collects the problems instead of stopping at the
// first one.
type decoder struct {
	name  string
	probs []problem
}

func (d *decoder) addf(line int, format string, args ...any) {
	d.probs = append(d.probs, problem{line, fmt.Sprintf(format, args...)})
}

// err returns the problems in line order as one *vigie.Error, or nil.
func (d *decoder) err() error {
	if len(d.probs) == 0 {
		return nil
	}
	slices.SortStableFunc(d.probs, func(a, b problem) int { return a.line - b.line })
	lines := make([]string, 0, min(len(d.probs), maxProblems+1))
	for i, p := range d.probs {
		if i == maxProblems {
			lines = append(lines, fmt.Sprintf("%s: and %d more problems", d.name, len(d.probs)-i))
			break
		}
		if p.line > 0 {
			lines = append(lines, fmt.Sprintf("%s:%d: %s", d.name, p.line, p.msg))
		} else {
			lines = append(lines, fmt.Sprintf("%s: %s", d.name, p.msg))
		}
	}
	return vigie.Errorf(vigie.EINVALID, "%s", strings.Join(lines, "\n"))
}

// yamlError matches yaml's "yaml: line 3: did not find expected key".
var yamlError = regexp.MustCompile(`^yaml: (?:line (\d+): )?`)

// splitYAMLError splits "yaml: line 3: reason" into 3 and "reason"; line is
// 0 when yaml gives none.
func splitYAMLError(err error) (line int, msg string) {
	msg = err.Error()
	if m := yamlError.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	return line, msg
}

// syntaxLine returns the line of a syntax error. yaml often gives the line of
// the block that encloses the mistake (line 1 for a key indented one space
// too few at line 40), so the line is rather the last one of the shortest
// prefix of data that fails for the same reason, found by bisection; yaml's
// own line when no prefix does.
func syntaxLine(data []byte, msg string, yamlLine int) int {
	var ends []int // ends[i] is the end of line i+1
	for i, b := range data {
		if b == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(data) {
		ends = append(ends, len(data))
	}
	n := sort.Search(len(ends), func(i int) bool {
		var doc yaml.Node
		err := yaml.Unmarshal(data[:ends[i]], &doc)
		if err == nil {
			return false
		}
		_, m := splitYAMLError(err)
		return m == msg
	})
	if n == len(ends) {
		return yamlLine
	}
	return n + 1
}

// document parses data and returns its top-level mapping, or nil after
// reporting why there is none.
func (d *decoder) document(data []byte) *yaml.Node {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := splitYAMLError(err)
		d.addf(syntaxLine(data, msg, line), "invalid YAML: %s", msg)
		return nil
	}
	if len(doc.Content) == 0 {
		d.addf(1, "no sources: the file is empty")
		return nil
	}
	root := resolve(doc.Content[0])
	if root.Kind != yaml.MappingNode {
		d.addf(root.Line, "want a mapping with the keys settings and sources, got %s", describe(root))
		return nil
	}
	return root
}

// file decodes the top-level mapping.
func (d *decoder) file(root *yaml.Node, f *File) (Settings, []*rawSource) {
	settings := DefaultSettings()
	var sources []*rawSource
	lines := d.mapping(root, "", map[string]setter{
		"settings": func(_ string, v *yaml.Node) string { d.settings(v, &settings); return "" },
		"sources":  func(_ string, v *yaml.Node) string { sources = d.sources(v); return "" },
		"mail":     func(_ string, v *yaml.Node) string { d.mail(v, &f.Mail); return "" },
		"site":     func(_ string, v *yaml.Node) string { d.site(v, &f.Site); return "" },
		"webhooks": func(_ string, v *yaml.Node) string { f.Webhooks = d.webhooks(v); return "" },
	})
	if _, ok := lines["sources"]; !ok {
		d.addf(1, `no sources: the file has no "sources:" list`)
	}
	return settings, sources
}

func (d *decoder) settings(n *yaml.Node, s *Settings) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.addf(n.Line, "settings: want a mapping, got %s", describe(n))
		return
	}
	d.mapping(n, "settings: ", map[string]setter{
		"user_agent":     text(&s.UserAgent),
		"delay":          duration(&s.Delay, false),
		"timeout":        duration(&s.Timeout, true),
		"interval":       duration(&s.Interval, true),
		"max_body_bytes": count(&s.MaxBodyBytes),
		"timezone":       location(&s.TimeZone),
		"max_items":      count(&s.MaxItems),
		"max_pages":      count(&s.MaxPages),
		"workers":        count(&s.Workers),
		"allow_private":  prefixes(&s.AllowPrivate),
		"source_budget":  duration(&s.SourceBudget, true),
		"max_failures":   count(&s.MaxFailures),
	})
}

// setter decodes the value v of key into its destination and returns the
// reason it cannot, "" when it can. An empty value leaves the destination as
// it is.
type setter func(key string, v *yaml.Node) string

// mapping decodes the pairs of n with fields and reports the keys that are
// unknown or given twice; ctx starts each message. It returns the line of
// each known key's value.
func (d *decoder) mapping(n *yaml.Node, ctx string, fields map[string]setter) map[string]int {
	lines := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		set, known := fields[k.Value]
		switch {
		case k.Kind != yaml.ScalarNode || !known:
			d.addf(k.Line, "%sunknown key %q%s", ctx, k.Value, suggest(k.Value, fields))
		case lines[k.Value] != 0:
			d.addf(k.Line, "%s%s is given twice", ctx, k.Value)
		default:
			lines[k.Value] = v.Line
			if reason := set(k.Value, v); reason != "" {
				d.addf(v.Line, "%s%s", ctx, reason)
			}
		}
	}
	return lines
}

func text(dst *string) setter {
	return func(key string, v *yaml.Node) string {
		if v.Kind != yaml.ScalarNode {
			return fmt.Sprintf("%s: want a single value, got %s", key, describe(v))
		}
		if s := strings.TrimSpace(v.Value); s != "" && !isNull(v) {
			*dst = s
		}
		return ""
	}
}

// duration takes Go durations ("2s", "30m"); positive refuses 0.
func duration(dst *time.Duration, positive bool) setter {
	return func(key string, v *yaml.Node) string {
		if isNull(v) {
			return ""
		}
		t, err := time.ParseDuration(v.Value)
		switch {
		case v.Kind != yaml.ScalarNode || err != nil:
			return fmt.Sprintf("%s %s is not a duration like \"2s\", \"30m\" or \"1h30m\"", key, show(v))
		case t < 0:
			return fmt.Sprintf("%s %s is negative", key, show(v))
		case t == 0 && positive:
			return fmt.Sprintf("%s must be more than 0", key)
		}
		*dst = t
		return ""
	}
}

// count takes whole numbers of at least 1.
func count[T int | int64](dst *T) setter {
	return func(key string, v *yaml.Node) string {
		if isNull(v) {
			return ""
		}
		var n int64
		if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" || v.Decode(&n) != nil {
			return fmt.Sprintf("%s %s is not a whole number", key, show(v))
		}
		switch {
		case int64(T(n)) != n:
			return fmt.Sprintf("%s %d is too large", key, n)
		case n < 0:
			return fmt.Sprintf("%s %d is negative", key, n)
		case n == 0:
			return fmt.Sprintf("%s must be at least 1", key)
		}
		*dst = T(n)
		return ""
	}
}

func boolean(dst **bool) setter {
	return func(key string, v *yaml.Node) string {
		var b bool
		if isNull(v) {
			return ""
		}
		if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" || v.Decode(&b) != nil {
			return fmt.Sprintf("%s %s is not true or false", key, show(v))
		}
		*dst = &b
		return ""
	}
}

// location takes IANA time zone names ("Europe/Paris", "UTC").
func location(dst **time.Location) setter {
	return func(key string, v *yaml.Node) string {
		if isNull(v) || v.Kind == yaml.ScalarNode && v.Value == "" {
			return ""
		}
		loc, err := time.LoadLocation(v.Value)
		if v.Kind != yaml.ScalarNode || err != nil || v.Value == "Local" {
			return fmt.Sprintf("%s %s is not a time zone like \"Europe/Paris\" or \"UTC\"", key, show(v))
		}
		*dst = loc
		return ""
	}
}

// resolve follows aliases (*name) to the node they stand for, keeping the
// alias's line so that problems are reported where the value is used.
func resolve(n *yaml.Node) *yaml.Node {
	if n.Kind != yaml.AliasNode || n.Alias == nil {
		return n
	}
	target := n.Alias
	for i := 0; target.Kind == yaml.AliasNode && target.Alias != nil && i < 16; i++ {
		target = target.Alias
	}
	c := *target
	c.Line, c.Column = n.Line, n.Column
	return &c
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// show quotes a scalar for a message, or says what else n is.
func show(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return strconv.Quote(n.Value)
	}
	return describe(n)
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("the value %q", n.Value)
	}
	return "nothing"
}
