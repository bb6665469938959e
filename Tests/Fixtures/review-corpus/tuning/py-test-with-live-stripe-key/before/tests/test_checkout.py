import pytest

from shop.checkout import create_payment_intent


@pytest.fixture
def stripe_stub(monkeypatch):
    calls = []

    def fake_create(**kwargs):
        calls.append(kwargs)
        return {"id": "pi_test_123", "status": "requires_payment_method"}

    monkeypatch.setattr("stripe.PaymentIntent.create", fake_create)
    return calls


def test_amount_is_sent_in_cents(stripe_stub):
    create_payment_intent(order_total="12.34", currency="eur")
    assert stripe_stub[0]["amount"] == 1234


def test_currency_is_lowercased(stripe_stub):
    create_payment_intent(order_total="1.00", currency="EUR")
    assert stripe_stub[0]["currency"] == "eur"
