// Package digest is Vigie's weekly digest email: subscriptions with double
// opt-in (signed, expiring confirmation links; one-click unsubscribe per
// RFC 8058), the digest of a week's incidents for one subscriber's filter,
// rendered as multipart text and HTML, and its sending over SMTP with
// github.com/wneessen/go-mail, each (subscriber, week) recorded in the store
// so that no digest goes out twice.
//
// It is not a mailing-list manager: there is one list, the digest, and
// addresses are kept sealed, never in clear. Incidents come from the store;
// the package does not search or analyse them.
package digest
