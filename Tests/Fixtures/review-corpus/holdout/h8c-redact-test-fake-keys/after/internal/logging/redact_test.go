package logging

import "testing"

func TestRedactLine(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"bearer", "Authorization: Bearer test-token-not-real", "Authorization: Bearer [REDACTED]"},
		{"aws key id", "aws_access_key_id=AKIAI0EXAMPLE7FAKEID", "aws_access_key_id=[REDACTED]"},
		{"aws secret", "aws_secret_access_key=FAKEfakeFAKEfake/EXAMPLE/notAKey0000000", "aws_secret_access_key=[REDACTED]"},
		{"dsn password", "postgres://app:hunter2@db.local:5432/app", "postgres://app:[REDACTED]@db.local:5432/app"},
		{"form field", "password=correct-horse-battery-staple&remember=1", "password=[REDACTED]&remember=1"},
		{"untouched", "GET /healthz 204 1.2ms", "GET /healthz 204 1.2ms"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := RedactLine(tc.in); got != tc.want {
				t.Errorf("RedactLine(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
