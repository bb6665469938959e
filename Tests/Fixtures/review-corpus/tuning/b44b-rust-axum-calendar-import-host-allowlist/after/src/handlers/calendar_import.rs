use std::sync::LazyLock;
use std::time::Duration;

use axum::{extract::State, http::StatusCode, Json};
use reqwest::{redirect::Policy, Client, Url};
use serde::Deserialize;

use crate::{auth::CurrentUser, calendar::parse_ics, AppState};

static ICS_CLIENT: LazyLock<Client> = LazyLock::new(|| {
    Client::builder()
        .redirect(Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .expect("ics client")
});

/// Outlook publishes shared calendars as full ICS links; only these hosts are fetched.
const OUTLOOK_HOSTS: &[&str] = &["outlook.office365.com", "outlook.live.com"];

#[derive(Deserialize)]
#[serde(untagged)]
pub enum ImportRequest {
    Google { google_calendar_id: String },
    Outlook { outlook_ics_url: String },
}

fn outlook_url(raw: &str) -> Option<Url> {
    let url = Url::parse(raw).ok()?;
    let ok = url.scheme() == "https"
        && url.port().is_none()
        && url.username().is_empty()
        && url.password().is_none()
        && url.host_str().is_some_and(|h| OUTLOOK_HOSTS.contains(&h));
    ok.then_some(url)
}

pub async fn import_calendar(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(req): Json<ImportRequest>,
) -> Result<StatusCode, StatusCode> {
    let url = match req {
        ImportRequest::Google { google_calendar_id } => {
            let id = urlencoding::encode(&google_calendar_id);
            Url::parse(&format!("https://calendar.google.com/calendar/ical/{id}/public/basic.ics"))
                .map_err(|_| StatusCode::BAD_REQUEST)?
        }
        ImportRequest::Outlook { outlook_ics_url } => outlook_url(&outlook_ics_url).ok_or(StatusCode::BAD_REQUEST)?,
    };
    let body = ICS_CLIENT.get(url).send().await
        .and_then(|r| r.error_for_status())
        .map_err(|_| StatusCode::BAD_GATEWAY)?
        .text().await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    let events = parse_ics(&body).map_err(|_| StatusCode::UNPROCESSABLE_ENTITY)?;
    state.events.replace_imported(user.id, events).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(StatusCode::NO_CONTENT)
}
