package pipeline

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"
)

// On PostgreSQL many processes write one store, and each keeps search
// indexes of its own: the outbox, drained by one writer, cannot serve
// them all. Each follows the store's change sequence instead (store.Change):
// its article index records the last change it holds (its cursor) and
// reads the changes after it; its incident index, the incidents' version
// (SyncIncidents), as on SQLite.

// followChanges indexes the articles changed after the index's cursor,
// read back from the store, and moves the cursor past them. It returns
// how many it indexed or removed. A crash between the index and the cursor
// replays a batch, which indexing again leaves as it was.
func (a *App) followChanges(ctx context.Context) (int, error) {
	seq, err := a.Index.Cursor()
	if err != nil {
		return 0, err
	}
	n := 0
	for {
		cs, err := a.DB.ChangesAfter(ctx, seq, syncBatch)
		if err != nil || len(cs) == 0 {
			return n, err
		}
		ids := make([]int64, len(cs))
		for i, c := range cs {
			ids[i] = c.ArticleID
		}
		if err := a.indexStored(ctx, ids); err != nil {
			return n, err
		}
		seq = cs[len(cs)-1].Seq
		if err := a.Index.SetCursor(seq); err != nil {
			return n, err
		}
		n += len(cs)
	}
}

// pending is how many stored changes the article index lacks: the
// outbox's length on SQLite, the changes after the cursor on PostgreSQL.
func (a *App) pending(ctx context.Context) (int, error) {
	if !a.DB.Postgres() {
		return a.DB.CountPending(ctx)
	}
	seq, err := a.Index.Cursor()
	if err != nil {
		return 0, err
	}
	return a.DB.CountChangesAfter(ctx, seq)
}

// follower records when Follow last brought the indexes level.
type follower struct {
	every atomic.Int64 // Follow's interval, ns; 0 when it does not run
	last  atomic.Int64 // its last success, Unix ns
}

// following reports whether Follow runs and last succeeded recently
// (within three turns, 10 s at least, a minute at most): a lag is then the
// few seconds until its next turn.
func (a *App) following() bool {
	every := time.Duration(a.follow.every.Load())
	return every > 0 && time.Since(time.Unix(0, a.follow.last.Load())) < min(max(3*every, 10*time.Second), time.Minute)
}

// Follow brings the indexes level with the store every interval until ctx
// is done: what a replica on PostgreSQL runs to see what the workers and
// the other replicas write. Failures are logged and retried.
func (a *App) Follow(ctx context.Context, every time.Duration, log *slog.Logger) {
	a.follow.every.Store(int64(every))
	defer a.follow.every.Store(0)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		n, changed, err := a.Reconcile(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			log.Error("follow the store", "err", err)
		case err == nil:
			a.follow.last.Store(time.Now().UnixNano())
			if n > 0 || changed {
				log.Debug("followed the store", "articles", n, "incidents_rebuilt", changed)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
