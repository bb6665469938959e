package retry

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"
)

var ErrExhausted = errors.New("retry: attempts exhausted")

type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

func (p Policy) delay(attempt int) time.Duration {
	d := p.Base << attempt
	if d <= 0 || d > p.Max {
		d = p.Max
	}
	half := int64(d / 2)
	return time.Duration(half + rand.Int64N(half+1))
}

func Do(ctx context.Context, p Policy, fn func(context.Context) error) error {
	var last error
	for attempt := 0; attempt < p.Attempts; attempt++ {
		if last = fn(ctx); last == nil {
			return nil
		}
		var perm interface{ Permanent() bool }
		if errors.As(last, &perm) && perm.Permanent() {
			return last
		}
		timer := time.NewTimer(p.delay(attempt))
		select {
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		case <-timer.C:
		}
	}
	return errors.Join(ErrExhausted, last)
}
