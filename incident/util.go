package incident

import (
	"strings"

	"github.com/vigie-news/vigie/internal/fold"
)

// foldJoin folds words and joins them with spaces.
func foldJoin(words []string) string { return fold.String(strings.Join(words, " ")) }
