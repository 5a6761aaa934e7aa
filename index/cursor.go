package index

import (
	"fmt"
	"strconv"
)

// cursorKey is where the article index keeps the number of the last
// store change it holds (store.Change), on PostgreSQL.
var cursorKey = []byte("vigie_change_cursor")

// Cursor returns the number of the last store change the index holds, as
// SetCursor recorded it; 0 when none was.
func (x *Index) Cursor() (int64, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	v, err := x.idx.GetInternal(cursorKey)
	if err != nil {
		return 0, fmt.Errorf("index: cursor: %w", err)
	}
	if len(v) == 0 {
		return 0, nil
	}
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("index: cursor %q: %w", v, err)
	}
	return n, nil
}

// SetCursor records that the index holds every store change up to seq.
func (x *Index) SetCursor(seq int64) error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if err := x.idx.SetInternal(cursorKey, []byte(strconv.FormatInt(seq, 10))); err != nil {
		return fmt.Errorf("index: set cursor: %w", err)
	}
	return nil
}
