package crawler

import (
	"net/url"

	"github.com/temoto/robotstxt"
)

// allowed reads the host's robots.txt once per crawler, through the
// collector like any other request, and tells whether u may be fetched. A
// host whose robots.txt got no answer at all (no such host, connection
// refused, timeout) is not asked again during this crawler's life: its
// pages would fail the same way. The caller holds the host's lock.
func (c *Crawler) allowed(h *host, u *url.URL) bool {
	if h.robots == nil {
		h.robots, h.unreachable = c.readRobots(h, u)
	}
	return h.unreachable == nil && h.robots.TestAgent(u.RequestURI(), c.opts.UserAgent)
}

// readRobots fetches robots.txt. A missing file allows everything and a
// server error forbids everything (RFC 9309).
func (c *Crawler) readRobots(h *host, u *url.URL) (*robotstxt.RobotsData, *FetchError) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	res, err := c.request(h, ru.String(), ru, nil, nil)
	// Up to five redirects are followed (RFC 9309), under this host's
	// lock: taking the target's could deadlock with a crossed redirect.
	for hop := 0; hop < 5 && err == nil; hop++ {
		next := redirectTarget(res, ru.String())
		if next == "" {
			break
		}
		if ru, err = url.Parse(next); err == nil {
			if err = c.checkURL(next, ru); err == nil {
				res, err = c.request(h, next, ru, nil, nil)
			}
		}
	}
	status, body := 0, []byte(nil)
	switch fe := (*FetchError)(nil); {
	case err == nil:
		status, body = res.status, res.body
	case asFetchError(err, &fe) && fe.Status != 0:
		status = fe.Status
	case asFetchError(err, &fe):
		return &robotstxt.RobotsData{}, fe
	default:
		status = 404
	}
	robots, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil {
		robots, _ = robotstxt.FromStatusAndBytes(404, nil)
	}
	return robots, nil
}
