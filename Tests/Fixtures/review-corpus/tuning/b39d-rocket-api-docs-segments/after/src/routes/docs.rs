use std::path::PathBuf;

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

/// Everything else the doc generator emits (per-endpoint pages, css, search index).
/// Rocket's `PathBuf: FromSegments` rejects `..`, leading-dot and `*` segments,
/// so `file` is always relative and stays under `cfg.root`.
#[get("/docs/<file..>", rank = 5)]
async fn asset(cfg: &State<DocsConfig>, file: PathBuf) -> Option<NamedFile> {
    NamedFile::open(cfg.root.join(file)).await.ok()
}

pub fn routes() -> Vec<Route> {
    routes![index, openapi, asset]
}
