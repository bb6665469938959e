<?php

namespace Tests\Feature\Webhooks;

use App\Models\Team;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Tests\TestCase;

class StripeWebhookTest extends TestCase
{
    use RefreshDatabase;

    private const WEBHOOK_SECRET = 'whsec_test_fixture_not_a_real_secret';

    protected function setUp(): void
    {
        parent::setUp();

        config([
            'cashier.secret' => 'sk_test_dummy',
            'cashier.webhook.secret' => self::WEBHOOK_SECRET,
            'cashier.webhook.tolerance' => 300,
        ]);
    }

    public function test_subscription_deleted_event_downgrades_team(): void
    {
        $team = Team::factory()->create(['stripe_id' => 'cus_TestCustomer001', 'plan' => 'pro']);

        $this->postSigned([
            'id' => 'evt_test_1',
            'type' => 'customer.subscription.deleted',
            'data' => ['object' => [
                'id' => 'sub_test_1',
                'customer' => 'cus_TestCustomer001',
                'status' => 'canceled',
            ]],
        ])->assertOk();

        $this->assertSame('free', $team->fresh()->plan);
    }

    public function test_rejects_payload_with_bad_signature(): void
    {
        $this->postJson('/stripe/webhook', ['type' => 'customer.subscription.deleted'], [
            'Stripe-Signature' => 't='.time().',v1=deadbeef',
        ])->assertForbidden();
    }

    private function postSigned(array $payload)
    {
        $body = json_encode($payload, JSON_THROW_ON_ERROR);
        $timestamp = time();
        $signature = hash_hmac('sha256', $timestamp.'.'.$body, self::WEBHOOK_SECRET);

        return $this->call('POST', '/stripe/webhook', [], [], [], [
            'CONTENT_TYPE' => 'application/json',
            'HTTP_STRIPE_SIGNATURE' => "t={$timestamp},v1={$signature}",
        ], $body);
    }
}
