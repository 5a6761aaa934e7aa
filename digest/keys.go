package digest

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// keys are derived from one secret: one signs links, one seals addresses,
// one hashes them for lookups. Changing the secret voids every link and
// makes stored addresses unreadable.
type keys struct {
	sign, seal, hash []byte
}

func newKeys(secret []byte) keys {
	derive := func(label string) []byte {
		m := hmac.New(sha256.New, secret)
		m.Write([]byte("vigie-digest/" + label))
		return m.Sum(nil)
	}
	return keys{sign: derive("sign"), seal: derive("seal"), hash: derive("hash")}
}

// hashAddress returns the keyed hash an address is found by.
func (k keys) hashAddress(addr string) []byte {
	m := hmac.New(sha256.New, k.hash)
	m.Write([]byte(strings.ToLower(addr)))
	return m.Sum(nil)
}

// sealAddress encrypts addr with AES-256-GCM.
func (k keys) sealAddress(addr string) ([]byte, error) {
	aead, err := k.aead()
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, []byte(addr), nil), nil
}

// openAddress decrypts what sealAddress returned.
func (k keys) openAddress(sealed []byte) (string, error) {
	aead, err := k.aead()
	if err != nil {
		return "", err
	}
	if len(sealed) < aead.NonceSize() {
		return "", fmt.Errorf("digest: sealed address too short")
	}
	n := aead.NonceSize()
	b, err := aead.Open(nil, sealed[:n], sealed[n:], nil)
	if err != nil {
		return "", fmt.Errorf("digest: open address (was the secret changed?): %w", err)
	}
	return string(b), nil
}

func (k keys) aead() (cipher.AEAD, error) {
	block, err := aes.NewCipher(k.seal)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// Token kinds.
const (
	kindConfirm = "confirm" // carries the address and filter until confirmed
	kindUnsub   = "unsubscribe"
	kindManage  = "manage"
)

// claims is what a signed link says.
type claims struct {
	Kind       string              `json:"k"`
	Subscriber int64               `json:"s,omitempty"`
	Address    string              `json:"a,omitempty"`
	Filter     *vigie.DigestFilter `json:"f,omitempty"`
	Expires    int64               `json:"e,omitempty"` // Unix seconds; 0 never
}

var b64 = base64.RawURLEncoding

// signToken returns c as payload.signature, both base64url.
func (k keys) signToken(c claims) string {
	payload, _ := json.Marshal(c) // cannot fail
	p := b64.EncodeToString(payload)
	return p + "." + b64.EncodeToString(k.mac(p))
}

func (k keys) mac(p string) []byte {
	m := hmac.New(sha256.New, k.sign)
	m.Write([]byte(p))
	return m.Sum(nil)
}

// verifyToken checks tok's signature, kind and expiry at now.
func (k keys) verifyToken(tok, kind string, now time.Time) (claims, error) {
	var c claims
	bad := vigie.Errorf(vigie.EINVALID, "this link is not valid: it may have been cut or altered")
	p, sig, ok := strings.Cut(tok, ".")
	mac, err := b64.DecodeString(sig)
	if !ok || err != nil || !hmac.Equal(mac, k.mac(p)) {
		return c, bad
	}
	payload, err := b64.DecodeString(p)
	if err != nil || json.Unmarshal(payload, &c) != nil || c.Kind != kind {
		return c, bad
	}
	if c.Expires != 0 && now.Unix() > c.Expires {
		return c, vigie.Errorf(vigie.EINVALID, "this link has expired: subscribe again to get a new one")
	}
	return c, nil
}
