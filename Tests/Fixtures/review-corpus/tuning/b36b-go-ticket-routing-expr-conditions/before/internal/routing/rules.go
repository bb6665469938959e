package routing

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Rule assigns matching tickets to a queue. Rules are created by workspace
// admins in Settings > Routing and evaluated in priority order.
type Rule struct {
	ID       string
	Priority int
	QueueID  string

	Channel string   // "", "email", "chat", "api"
	Tags    []string // ticket must carry all of these
}

type Ticket struct {
	Channel      string
	Subject      string
	Tags         []string
	CustomerTier string
	Language     string
	Priority     string
}

type RuleStore interface {
	ListRules(ctx context.Context, workspaceID string) ([]Rule, error)
}

type Router struct {
	store RuleStore
	mu    sync.RWMutex
	cache map[string][]Rule
}

func NewRouter(store RuleStore) *Router {
	return &Router{store: store, cache: map[string][]Rule{}}
}

var ErrNoMatch = errors.New("no routing rule matched")

func (r *Router) Route(ctx context.Context, workspaceID string, t Ticket) (string, error) {
	rules, err := r.rules(ctx, workspaceID)
	if err != nil {
		return "", err
	}
	for _, rule := range rules {
		if matches(rule, t) {
			return rule.QueueID, nil
		}
	}
	return "", ErrNoMatch
}

func (r *Router) rules(ctx context.Context, workspaceID string) ([]Rule, error) {
	r.mu.RLock()
	cached, ok := r.cache[workspaceID]
	r.mu.RUnlock()
	if ok {
		return cached, nil
	}
	rules, err := r.store.ListRules(ctx, workspaceID)
	if err != nil {
		return nil, fmt.Errorf("load routing rules: %w", err)
	}
	sort.SliceStable(rules, func(i, j int) bool { return rules[i].Priority < rules[j].Priority })
	r.mu.Lock()
	r.cache[workspaceID] = rules
	r.mu.Unlock()
	return rules, nil
}

func matches(rule Rule, t Ticket) bool {
	if rule.Channel != "" && !strings.EqualFold(rule.Channel, t.Channel) {
		return false
	}
	for _, want := range rule.Tags {
		if !contains(t.Tags, want) {
			return false
		}
	}
	return true
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if strings.EqualFold(v, x) {
			return true
		}
	}
	return false
}
