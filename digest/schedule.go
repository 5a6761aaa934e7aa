package digest

import (
	"context"
	"time"
)

// retryEvery is how often a week's failed emails are tried again, until
// the next week's send.
const retryEvery = time.Hour

// Run sends the digest of the week before at the configured weekday and
// time (Monday 08:00 Europe/Paris by default), until ctx is done. A week
// whose time has passed when Run starts is sent at once: what was sent
// already is skipped, so a restart never sends twice.
func (s *Service) Run(ctx context.Context) {
	for {
		now := s.now()
		next := NextSend(now, s.cfg.Weekday, s.cfg.Hour, s.cfg.Minute, s.cfg.TimeZone)
		due := next.AddDate(0, 0, -7) // the last send time
		week := WeekOf(due, s.cfg.TimeZone).Add(-1)
		r, err := s.Send(ctx, week)
		if err != nil && ctx.Err() == nil {
			s.log.Error("digest failed", "week", week.String(), "err", err)
		}
		wait := next.Sub(now)
		if (err != nil || r.Failed > 0) && wait > retryEvery {
			wait = retryEvery
		}
		if s.sleep(ctx, wait) != nil {
			return
		}
	}
}
