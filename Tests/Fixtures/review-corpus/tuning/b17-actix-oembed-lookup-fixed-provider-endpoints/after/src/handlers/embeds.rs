//! oEmbed lookups for links pasted into the editor.
//!
//! The client sends the URL the user pasted; we never fetch that URL itself.
//! We only accept links on a fixed set of providers and then call that
//! provider's published oEmbed endpoint (a constant) with the link as a
//! query parameter.

use std::time::Duration;

use actix_web::{get, web, HttpResponse, ResponseError};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use url::Url;

struct Provider {
    hosts: &'static [&'static str],
    endpoint: &'static str,
}

const PROVIDERS: &[Provider] = &[
    Provider {
        hosts: &["www.youtube.com", "youtube.com", "youtu.be"],
        endpoint: "https://www.youtube.com/oembed",
    },
    Provider {
        hosts: &["vimeo.com", "player.vimeo.com"],
        endpoint: "https://vimeo.com/api/oembed.json",
    },
    Provider {
        hosts: &["open.spotify.com"],
        endpoint: "https://open.spotify.com/oembed",
    },
];

#[derive(Debug, Error)]
pub enum EmbedError {
    #[error("unsupported or malformed link")]
    Unsupported,
    #[error("provider lookup failed")]
    Upstream(#[from] reqwest::Error),
}

impl ResponseError for EmbedError {
    fn status_code(&self) -> actix_web::http::StatusCode {
        match self {
            EmbedError::Unsupported => actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            EmbedError::Upstream(_) => actix_web::http::StatusCode::BAD_GATEWAY,
        }
    }
}

#[derive(Deserialize)]
pub struct EmbedQuery {
    url: String,
}

#[derive(Serialize, Deserialize)]
pub struct Embed {
    title: Option<String>,
    author_name: Option<String>,
    provider_name: Option<String>,
    thumbnail_url: Option<String>,
    html: Option<String>,
    width: Option<u32>,
    height: Option<u32>,
}

fn provider_for(link: &Url) -> Option<&'static Provider> {
    if link.scheme() != "https" || link.port().is_some() || !link.username().is_empty() {
        return None;
    }
    let host = link.host_str()?.to_ascii_lowercase();
    PROVIDERS.iter().find(|p| p.hosts.iter().any(|h| *h == host))
}

pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("notes-app-oembed/1.0")
        .build()
        .expect("reqwest client")
}

#[get("/api/embeds")]
pub async fn lookup(
    client: web::Data<reqwest::Client>,
    query: web::Query<EmbedQuery>,
) -> Result<HttpResponse, EmbedError> {
    let link = Url::parse(query.url.trim()).map_err(|_| EmbedError::Unsupported)?;
    let provider = provider_for(&link).ok_or(EmbedError::Unsupported)?;

    let mut endpoint = Url::parse(provider.endpoint).expect("static endpoint");
    endpoint
        .query_pairs_mut()
        .append_pair("url", link.as_str())
        .append_pair("format", "json")
        .append_pair("maxwidth", "640");

    let embed: Embed = client
        .get(endpoint)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;

    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .json(embed))
}