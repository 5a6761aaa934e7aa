package vigie

import (
	"errors"
	"fmt"
)

// Error codes shared by every part of Vigie. The server maps them to HTTP
// statuses; the CLI to exit messages.
const (
	ECONFLICT = "conflict"  // the action cannot be done in the current state
	EINTERNAL = "internal"  // a bug or an unexpected failure
	EINVALID  = "invalid"   // the input is malformed or out of range
	ENOTFOUND = "not_found" // the thing asked for does not exist
)

// Error is an error meant for the user: Message is safe to show as is.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("vigie error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic message for other errors so that internals are never shown.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}
