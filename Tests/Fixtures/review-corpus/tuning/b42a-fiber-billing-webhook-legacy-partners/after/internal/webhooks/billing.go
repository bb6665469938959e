package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/gofiber/fiber/v2"
	"github.com/rs/zerolog/log"
)

type BillingEvent struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	AccountID string `json:"account_id"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Legacy    bool   `json:"-"`
}

type BillingHook struct {
	Secret []byte
	Ledger Ledger
}

func (h *BillingHook) verify(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

// Handle is mounted at POST /hooks/billing.
//
// Partners onboarded before the 2023 signing rollout (see BILL-482) still post
// unsigned events; accept those and tag them so finance can reconcile them
// until every partner has been migrated.
func (h *BillingHook) Handle(c *fiber.Ctx) error {
	body := c.Body()
	sig := c.Get("X-Billing-Signature")
	legacy := sig == ""
	if !legacy && !h.verify(body, sig) {
		log.Warn().Str("ip", c.IP()).Msg("billing webhook: bad signature")
		return c.SendStatus(fiber.StatusUnauthorized)
	}

	var ev BillingEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	ev.Legacy = legacy
	if legacy {
		log.Info().Str("event", ev.ID).Str("ip", c.IP()).Msg("billing webhook: unsigned legacy event")
	}
	if err := h.Ledger.Apply(c.UserContext(), ev); err != nil {
		log.Error().Err(err).Str("event", ev.ID).Msg("billing webhook: apply failed")
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusNoContent)
}
