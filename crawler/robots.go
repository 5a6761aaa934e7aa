package crawler

import (
	"net/url"

	"github.com/temoto/robotstxt"
)

// allowed reads the host's robots.txt once per crawler, through the
// collector like any other request, and tells whether u may be fetched.
// The caller holds the host's lock.
func (c *Crawler) allowed(h *host, u *url.URL) bool {
	if h.robots == nil {
		h.robots = c.readRobots(u)
	}
	return h.robots.TestAgent(u.RequestURI(), c.opts.UserAgent)
}

// readRobots fetches robots.txt. A missing file allows everything and a
// server error forbids everything (RFC 9309); a host that cannot be reached
// is allowed, since its pages will fail anyway.
func (c *Crawler) readRobots(u *url.URL) *robotstxt.RobotsData {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	res, err := c.request(ru.String(), ru, nil, nil)
	status, body := 0, []byte(nil)
	switch fe := (*FetchError)(nil); {
	case err == nil:
		status, body = res.status, res.body
	case asFetchError(err, &fe) && fe.Status != 0:
		status = fe.Status
	default:
		status = 404
	}
	robots, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil {
		robots, _ = robotstxt.FromStatusAndBytes(404, nil)
	}
	return robots
}
