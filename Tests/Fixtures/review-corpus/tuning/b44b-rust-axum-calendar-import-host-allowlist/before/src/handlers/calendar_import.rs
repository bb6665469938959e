use std::sync::LazyLock;
use std::time::Duration;

use axum::{extract::State, http::StatusCode, Json};
use reqwest::{redirect::Policy, Client};
use serde::Deserialize;

use crate::{auth::CurrentUser, calendar::parse_ics, AppState};

static ICS_CLIENT: LazyLock<Client> = LazyLock::new(|| {
    Client::builder()
        .redirect(Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .expect("ics client")
});

#[derive(Deserialize)]
pub struct ImportRequest {
    google_calendar_id: String,
}

pub async fn import_calendar(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(req): Json<ImportRequest>,
) -> Result<StatusCode, StatusCode> {
    let id = urlencoding::encode(&req.google_calendar_id);
    let url = format!("https://calendar.google.com/calendar/ical/{id}/public/basic.ics");
    let body = ICS_CLIENT.get(url).send().await
        .and_then(|r| r.error_for_status())
        .map_err(|_| StatusCode::BAD_GATEWAY)?
        .text().await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    let events = parse_ics(&body).map_err(|_| StatusCode::UNPROCESSABLE_ENTITY)?;
    state.events.replace_imported(user.id, events).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(StatusCode::NO_CONTENT)
}
