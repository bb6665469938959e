package logging

import (
	"io"
	"log/slog"
	"regexp"
	"strings"
)

// secretPatterns match the shapes of credentials we have seen leak into logs
// (request dumps, upstream error bodies). Matches are replaced, not dropped,
// so the log line still shows that a credential of that kind was present.
var secretPatterns = []struct {
	re   *regexp.Regexp
	mask string
}{
	{regexp.MustCompile(`\b(AKIA|ASIA)[0-9A-Z]{16}\b`), "${1}****************"},
	{regexp.MustCompile(`\bgh[pousr]_[A-Za-z0-9]{36,251}\b`), "gh*_[REDACTED]"},
	{regexp.MustCompile(`\bxox[abposr]-[A-Za-z0-9-]{10,}\b`), "xox*-[REDACTED]"},
	{regexp.MustCompile(`\bsk_(live|test)_[A-Za-z0-9]{16,}\b`), "sk_${1}_[REDACTED]"},
	{regexp.MustCompile(`(?s)-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----`), "[REDACTED PRIVATE KEY]"},
	{regexp.MustCompile(`(?i)\b(bearer)\s+[A-Za-z0-9._~+/-]{16,}=*`), "${1} [REDACTED]"},
}

// sensitiveKeys are attribute names whose values are always masked.
var sensitiveKeys = map[string]struct{}{
	"password":      {},
	"passwd":        {},
	"secret":        {},
	"token":         {},
	"access_token":  {},
	"refresh_token": {},
	"authorization": {},
	"api_key":       {},
	"cookie":        {},
}

// RedactString masks every credential-shaped substring in s.
//
//	RedactString("upstream said: bad key AKIA... for bucket")
//	  => "upstream said: bad key AKIA**************** for bucket"
func RedactString(s string) string {
	for _, p := range secretPatterns {
		s = p.re.ReplaceAllString(s, p.mask)
	}
	return s
}

func replaceAttr(_ []string, a slog.Attr) slog.Attr {
	if _, ok := sensitiveKeys[strings.ToLower(a.Key)]; ok {
		return slog.String(a.Key, "[REDACTED]")
	}
	switch a.Value.Kind() {
	case slog.KindString:
		return slog.String(a.Key, RedactString(a.Value.String()))
	case slog.KindAny:
		if err, ok := a.Value.Any().(error); ok {
			return slog.String(a.Key, RedactString(err.Error()))
		}
	}
	return a
}

// NewJSONLogger returns a JSON slog.Logger that redacts credentials from
// attribute values before they are written.
func NewJSONLogger(w io.Writer, level slog.Leveler) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{
		Level:       level,
		ReplaceAttr: replaceAttr,
	}))
}
