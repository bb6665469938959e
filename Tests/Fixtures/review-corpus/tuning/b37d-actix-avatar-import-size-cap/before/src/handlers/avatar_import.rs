use std::time::Duration;

use actix_web::{post, web, HttpResponse};
use reqwest::redirect::Policy;
use serde::Deserialize;
use url::Url;

use crate::{auth::AuthedUser, error::AppError, storage::AvatarStore};

/// Hosts we fetch profile pictures from when a user links an external account.
const ALLOWED_HOSTS: &[&str] = &[
    "avatars.githubusercontent.com",
    "secure.gravatar.com",
    "lh3.googleusercontent.com",
];

#[derive(Debug, Deserialize)]
pub struct ImportAvatar {
    pub url: String,
}

pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(Policy::none())
        .timeout(Duration::from_secs(5))
        .https_only(true)
        .build()
        .expect("avatar http client")
}

fn validate_remote_url(raw: &str) -> Result<Url, AppError> {
    let url = Url::parse(raw).map_err(|_| AppError::bad_request("invalid url"))?;
    if url.scheme() != "https" || url.port().is_some() {
        return Err(AppError::bad_request("avatar url must be https on the default port"));
    }
    match url.host_str() {
        Some(host) if ALLOWED_HOSTS.contains(&host) => Ok(url),
        _ => Err(AppError::bad_request("avatar host is not allowed")),
    }
}

#[post("/me/avatar/import")]
pub async fn import_avatar(
    user: AuthedUser,
    body: web::Json<ImportAvatar>,
    client: web::Data<reqwest::Client>,
    store: web::Data<AvatarStore>,
) -> Result<HttpResponse, AppError> {
    let url = validate_remote_url(&body.url)?;

    let resp = client.get(url).send().await?.error_for_status()?;
    let bytes = resp.bytes().await?;

    let key = store.put_avatar(user.id, &bytes).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "avatar_key": key })))
}
