package routing

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"
)

const maxConditionLen = 1000

// Rule assigns matching tickets to a queue. Rules are created by workspace
// admins in Settings > Routing and evaluated in priority order.
type Rule struct {
	ID       string
	Priority int
	QueueID  string

	Channel string   // "", "email", "chat", "api"
	Tags    []string // ticket must carry all of these

	// Condition is an optional expr-lang expression evaluated against
	// TicketEnv, e.g. `tier == "enterprise" && language in ["de", "fr"]`.
	Condition string
	program   *vm.Program
}

// TicketEnv is everything a condition can see: plain values, no methods.
type TicketEnv struct {
	Channel  string   `expr:"channel"`
	Subject  string   `expr:"subject"`
	Tags     []string `expr:"tags"`
	Tier     string   `expr:"tier"`
	Language string   `expr:"language"`
	Priority string   `expr:"priority"`
}

// CompileCondition validates an admin-entered condition when the rule is
// saved and again when rules are loaded.
func CompileCondition(src string) (*vm.Program, error) {
	if len(src) > maxConditionLen {
		return nil, fmt.Errorf("condition longer than %d characters", maxConditionLen)
	}
	return expr.Compile(src, expr.Env(TicketEnv{}), expr.AsBool())
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
	for i := range rules {
		if rules[i].Condition == "" {
			continue
		}
		prog, err := CompileCondition(rules[i].Condition)
		if err != nil {
			return nil, fmt.Errorf("rule %s: %w", rules[i].ID, err)
		}
		rules[i].program = prog
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
	if rule.program != nil {
		env := TicketEnv{
			Channel:  t.Channel,
			Subject:  t.Subject,
			Tags:     t.Tags,
			Tier:     t.CustomerTier,
			Language: t.Language,
			Priority: t.Priority,
		}
		out, err := expr.Run(rule.program, env)
		if err != nil {
			return false
		}
		ok, _ := out.(bool)
		return ok
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
