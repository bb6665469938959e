//! Integration tests for the Stripe checkout adapter, run against a local wiremock server.

use billing::stripe::{CheckoutRequest, StripeClient};
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

// Not a real key: the mock server below is the only thing that ever receives it.
const FAKE_KEY: &str = "sk_test_QzYJ0tRGVuaFNBm89IUkVJu4";

#[tokio::test]
async fn creates_checkout_session_with_bearer_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/checkout/sessions"))
        .and(header("authorization", format!("Bearer {FAKE_KEY}").as_str()))
        .and(body_string_contains("line_items%5B0%5D%5Bquantity%5D=2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "cs_test_735e3ddc",
            "url": "https://checkout.stripe.com/c/pay/cs_test_735e3ddc"
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = StripeClient::new(FAKE_KEY).with_base_url(server.uri());
    let session = client
        .create_checkout(CheckoutRequest {
            price_id: "price_basic_monthly".into(),
            quantity: 2,
            success_url: "https://app.example.test/billing/done".into(),
        })
        .await
        .expect("checkout session");

    assert_eq!(session.id, "cs_test_735e3ddc");
}

#[tokio::test]
async fn surfaces_card_errors() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(402).set_body_json(json!({
            "error": { "type": "card_error", "message": "Your card was declined." }
        })))
        .mount(&server)
        .await;

    let client = StripeClient::new(FAKE_KEY).with_base_url(server.uri());
    let err = client
        .create_checkout(CheckoutRequest {
            price_id: "price_basic_monthly".into(),
            quantity: 1,
            success_url: "https://app.example.test/billing/done".into(),
        })
        .await
        .unwrap_err();

    assert!(err.to_string().contains("declined"));
}
