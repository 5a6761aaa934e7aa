package store

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"

	"github.com/klauspost/compress/zstd"
)

// maxPageSize bounds what one stored page may inflate to, so that a corrupt
// or hostile blob cannot exhaust memory: far above the crawler's 5 MiB cap.
const maxPageSize = 64 << 20

// Stored bodies name their own encoding by their first bytes, so rows written
// before zstd (gzip) stay readable without a migration or a column.
var (
	zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}
	gzipMagic = []byte{0x1f, 0x8b}
)

// pageEncoder and pageDecoder are shared: EncodeAll and DecodeAll are safe for
// concurrent use, and each allocates its tables once rather than per page.
var (
	pageEncoder = mustEncoder()
	pageDecoder = mustDecoder()
)

// mustEncoder returns the zstd encoder of raw pages. SpeedBetterCompression
// (about zstd level 7) measured 10 % smaller than gzip on real news pages and
// faster to write; SpeedBestCompression saves 4 % more at three times the CPU.
func mustEncoder() *zstd.Encoder {
	enc, err := zstd.NewWriter(nil,
		zstd.WithEncoderLevel(zstd.SpeedBetterCompression),
		zstd.WithEncoderConcurrency(1))
	if err != nil {
		panic(fmt.Sprintf("store: zstd encoder: %v", err))
	}
	return enc
}

// mustDecoder returns the zstd decoder of raw pages, bounded by maxPageSize.
func mustDecoder() *zstd.Decoder {
	dec, err := zstd.NewReader(nil,
		zstd.WithDecoderConcurrency(0),
		zstd.WithDecoderMaxMemory(maxPageSize),
		zstd.WithDecoderMaxWindow(maxPageSize))
	if err != nil {
		panic(fmt.Sprintf("store: zstd decoder: %v", err))
	}
	return dec
}

// encodePage compresses a raw page body for storage as one zstd frame.
func encodePage(b []byte) []byte {
	return pageEncoder.EncodeAll(b, make([]byte, 0, len(b)/4))
}

// errPageEncoding reports a stored body that is neither zstd nor gzip.
var errPageEncoding = errors.New("unknown page encoding")

// decodePage returns the body encodePage (or the gzip of earlier versions)
// stored as b, or an error, never a panic, if b is corrupt.
func decodePage(b []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, zstdMagic):
		out, err := pageDecoder.DecodeAll(b, nil)
		if err != nil {
			return nil, fmt.Errorf("zstd page: %w", err)
		}
		return out, nil
	case bytes.HasPrefix(b, gzipMagic):
		return gunzipPage(b)
	}
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty blob", errPageEncoding)
	}
	return nil, fmt.Errorf("%w: first bytes % x", errPageEncoding, b[:min(len(b), 4)])
}

// gunzipPage inflates a body stored by versions before zstd.
func gunzipPage(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gzip page: %w", err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, maxPageSize+1))
	if err != nil {
		return nil, fmt.Errorf("gzip page: %w", err)
	}
	if len(out) > maxPageSize {
		return nil, fmt.Errorf("gzip page: over %d bytes", maxPageSize)
	}
	return out, nil
}
