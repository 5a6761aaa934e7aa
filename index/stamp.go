package index

import "fmt"

// stampKey is where the incident index keeps the stamp of the store state
// it was built from.
var stampKey = []byte("vigie_store_stamp")

// Stamp returns what SetStamp recorded, "" when nothing was.
func (x *Incidents) Stamp() (string, error) {
	v, err := x.idx.GetInternal(stampKey)
	if err != nil {
		return "", fmt.Errorf("index: incidents stamp: %w", err)
	}
	return string(v), nil
}

// SetStamp records the stamp of the store state the index now holds (the
// store's IncidentsFingerprint), so that a later start can tell whether a
// crash left the index behind.
func (x *Incidents) SetStamp(s string) error {
	if err := x.idx.SetInternal(stampKey, []byte(s)); err != nil {
		return fmt.Errorf("index: set incidents stamp: %w", err)
	}
	return nil
}
