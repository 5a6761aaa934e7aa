package digest_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// received is one email as the test SMTP server got it.
type received struct {
	From string
	To   []string
	Data []byte
	User string // authenticated as, "" when not
}

// smtpServer is a real SMTP server on loopback that keeps what it
// receives. rcpt, when set, may refuse a recipient; data, when set, runs
// before a message is accepted and may refuse it.
type smtpServer struct {
	Addr string
	TLS  *tls.Config // of clients that trust the server's certificate

	mu   sync.Mutex
	msgs []received
	rcpt func(to string) error
	data func(n int) error // n counts messages offered, from 1
	seen int
}

// startSMTP starts the server; with auth, it asks for PLAIN user/secret
// and offers STARTTLS with a self-signed certificate.
func startSMTP(tb testing.TB, auth bool) *smtpServer {
	tb.Helper()
	s := &smtpServer{}
	srv := smtp.NewServer(backend{s, auth})
	srv.Domain = "localhost"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	srv.MaxMessageBytes = 1 << 20
	if auth {
		cert, pool := selfSigned(tb)
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
		s.TLS = &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	s.Addr = ln.Addr().String()
	go srv.Serve(ln)
	tb.Cleanup(func() { srv.Close() })
	return s
}

// messages returns what was received so far.
func (s *smtpServer) messages() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.msgs...)
}

type backend struct {
	s    *smtpServer
	auth bool
}

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) {
	return &session{s: b.s, auth: b.auth}, nil
}

type session struct {
	s    *smtpServer
	auth bool
	cur  received
}

func (ss *session) AuthMechanisms() []string {
	if !ss.auth {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != "user" || pass != "secret" {
			return errors.New("bad credentials")
		}
		ss.cur.User = user
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.auth && ss.cur.User == "" {
		return smtp.ErrAuthRequired
	}
	ss.cur.From = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.s.mu.Lock()
	rcpt := ss.s.rcpt
	ss.s.mu.Unlock()
	if rcpt != nil {
		if err := rcpt(to); err != nil {
			return err
		}
	}
	ss.cur.To = append(ss.cur.To, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	ss.s.mu.Lock()
	ss.s.seen++
	n, data := ss.s.seen, ss.s.data
	ss.s.mu.Unlock()
	if data != nil {
		if err := data(n); err != nil {
			return err
		}
	}
	ss.s.mu.Lock()
	defer ss.s.mu.Unlock()
	m := ss.cur
	m.Data = bytes.Clone(b)
	ss.s.msgs = append(ss.s.msgs, m)
	return nil
}

func (ss *session) Reset() {
	user := ss.cur.User
	ss.cur = received{User: user}
}

func (ss *session) Logout() error { return nil }

// selfSigned makes a certificate for 127.0.0.1 and the pool that trusts it.
func selfSigned(tb testing.TB) (tls.Certificate, *x509.CertPool) {
	tb.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		tb.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(c)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pool
}
