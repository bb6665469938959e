use std::time::Duration;

use actix_web::{post, web, HttpResponse, Responder};
use reqwest::{redirect, Client};
use serde::Deserialize;
use url::Url;

use crate::{auth::Identity, db::Pool};

const ALLOWED_HOSTS: &[&str] = &["hooks.slack.com", "discord.com", "outlook.office.com"];

#[derive(Deserialize)]
pub struct NewWebhook {
    url: String,
}

fn validate(raw: &str) -> Result<Url, &'static str> {
    let url = Url::parse(raw).map_err(|_| "not a URL")?;
    if url.scheme() != "https" {
        return Err("https only");
    }
    if url.port().is_some() || !url.username().is_empty() || url.password().is_some() {
        return Err("unexpected port or credentials");
    }
    match url.host_str() {
        Some(host) if ALLOWED_HOSTS.contains(&host) => Ok(url),
        _ => Err("host not allowed"),
    }
}

#[post("/projects/{id}/webhooks")]
pub async fn create(
    who: Identity,
    path: web::Path<i64>,
    body: web::Json<NewWebhook>,
    pool: web::Data<Pool>,
) -> actix_web::Result<impl Responder> {
    let project_id = path.into_inner();
    who.require_project_admin(project_id, &pool).await?;

    let url = match validate(&body.url) {
        Ok(u) => u,
        Err(msg) => return Ok(HttpResponse::UnprocessableEntity().body(msg)),
    };

    let client = Client::builder()
        .redirect(redirect::Policy::none())
        .timeout(Duration::from_secs(5))
        .build()
        .map_err(actix_web::error::ErrorInternalServerError)?;
    let ping = client
        .post(url.clone())
        .json(&serde_json::json!({ "text": "Webhook connected" }))
        .send()
        .await;
    if ping.map(|r| !r.status().is_success()).unwrap_or(true) {
        return Ok(HttpResponse::UnprocessableEntity().body("webhook did not accept the test message"));
    }

    crate::db::webhooks::insert(&pool, project_id, url.as_str()).await?;
    Ok(HttpResponse::Created().finish())
}