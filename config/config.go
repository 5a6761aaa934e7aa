package config

import (
	"fmt"
	"net/netip"
	"os"
	"time"
	_ "time/tzdata" // time zones must load on machines without zoneinfo

	"github.com/vigie-news/vigie"
)

// Version is the version of Vigie shown in the default User-Agent; the build
// sets it with -ldflags "-X github.com/vigie-news/vigie/config.Version=1.2.3".
var Version = "dev"

// DefaultTimeZone is the time zone of dates that carry no offset, unless the
// file says otherwise.
const DefaultTimeZone = "Europe/Paris"

// File is the content of feeds.yaml once checked.
type File struct {
	Settings Settings
	Sources  []vigie.Source // in file order, disabled ones included
	Mail     Mail           // the weekly digest email (publish.go)
	Site     Site           // links and embeds (publish.go)
	Webhooks []Webhook      // told of new incidents (publish.go)
}

// Settings are the crawler-wide settings; those named like a Source field
// are the defaults of the sources that leave it empty.
type Settings struct {
	UserAgent    string
	Delay        time.Duration // between two requests to the same host
	Timeout      time.Duration // of one request
	Interval     time.Duration // between two crawls of a source
	MaxBodyBytes int64         // bodies are cut at this size
	TimeZone     *time.Location
	MaxItems     int
	MaxPages     int
	Workers      int // sources crawled at once
	// AllowPrivate lists the non-public addresses the crawler may fetch
	// (intranets, the offline demo); all others are refused.
	AllowPrivate []netip.Prefix
	// SourceBudget is the most time one source may take in a cycle, its
	// articles included; past it the source counts as failed.
	SourceBudget time.Duration
	// MaxFailures is how many failures in a row disable a source until
	// a crawl retries it (`vigie crawl -retry-disabled`) and succeeds.
	MaxFailures int
}

// DefaultSettings returns the settings used when feeds.yaml gives none.
func DefaultSettings() Settings {
	loc, err := time.LoadLocation(DefaultTimeZone)
	if err != nil { // cannot happen: time/tzdata is linked in
		panic(fmt.Sprintf("config: load %s: %v", DefaultTimeZone, err))
	}
	return Settings{
		UserAgent:    "Vigie/" + Version + " (+https://github.com/vigie-news/vigie)",
		Delay:        2 * time.Second,
		Timeout:      20 * time.Second,
		Interval:     30 * time.Minute,
		MaxBodyBytes: 5 << 20,
		TimeZone:     loc,
		MaxItems:     100,
		MaxPages:     10,
		Workers:      4,
		SourceBudget: 5 * time.Minute,
		MaxFailures:  10,
	}
}

// Load reads and checks the file at path; see Parse.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data)
}

// Parse checks data, the content of the file called name, and returns it as
// a File. A file with problems gives a *vigie.Error with code EINVALID whose
// message lists them, one "name:line: reason" a line.
func Parse(name string, data []byte) (*File, error) {
	d := &decoder{name: name}
	root := d.document(data)
	if root == nil {
		return nil, d.err()
	}
	f := &File{Mail: DefaultMail(), Site: DefaultSite()}
	settings, sources := d.file(root, f)
	if err := d.err(); err != nil {
		return nil, err
	}
	f.Settings, f.Sources = settings, make([]vigie.Source, len(sources))
	for i, s := range sources {
		f.Sources[i] = s.source(settings)
	}
	return f, nil
}

// source converts s to a vigie.Source, taking from settings what s leaves
// empty. s has been checked.
func (s *rawSource) source(settings Settings) vigie.Source {
	v := vigie.Source{
		Name:     s.Name,
		URL:      s.URL,
		Kind:     vigie.SourceKind(s.Kind),
		Language: s.Language,
		Links:    s.Links,
		Next:     s.Next,
		MaxPages: orInt(s.MaxPages, settings.MaxPages),
		MaxItems: orInt(s.MaxItems, settings.MaxItems),
		Interval: s.Interval,
		TimeZone: s.location,
		OwnZone:  s.location != nil,
		Region:   s.Region,
		Enabled:  s.Enabled == nil || *s.Enabled,
	}
	if v.Interval == 0 {
		v.Interval = settings.Interval
	}
	if v.TimeZone == nil {
		v.TimeZone = settings.TimeZone
	}
	return v
}

func orInt(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}
