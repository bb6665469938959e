use rocket::fs::NamedFile;
use rocket::http::ContentType;
use rocket::response::content::RawHtml;
use rocket::{get, routes, Route, State};

use crate::config::DocsConfig;

/// Landing page for the generated API reference (built by `cargo xtask docs`).
#[get("/docs")]
async fn index(cfg: &State<DocsConfig>) -> Option<RawHtml<NamedFile>> {
    NamedFile::open(cfg.root.join("index.html"))
        .await
        .ok()
        .map(RawHtml)
}

#[get("/docs/openapi.json")]
async fn openapi(cfg: &State<DocsConfig>) -> Option<(ContentType, NamedFile)> {
    let file = NamedFile::open(cfg.root.join("openapi.json")).await.ok()?;
    Some((ContentType::JSON, file))
}

pub fn routes() -> Vec<Route> {
    routes![index, openapi]
}
