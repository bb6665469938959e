use std::path::PathBuf;

use rocket::fs::NamedFile;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{get, routes, Route, State};
use rocket_db_pools::Connection;
use serde::Serialize;
use uuid::Uuid;

use crate::auth::AuthenticatedUser;
use crate::db::Reports;

pub struct ReportStorage {
    pub output_dir: PathBuf,
    /// Shared chart fonts/images referenced by the HTML report preview.
    pub assets_dir: PathBuf,
}

#[derive(Serialize, sqlx::FromRow)]
#[serde(crate = "rocket::serde")]
pub struct ReportSummary {
    pub id: Uuid,
    pub title: String,
    pub status: String,
    pub pdf_name: Option<String>,
}

#[get("/reports")]
async fn list(
    user: AuthenticatedUser,
    mut db: Connection<Reports>,
) -> Result<Json<Vec<ReportSummary>>, Status> {
    sqlx::query_as::<_, ReportSummary>(
        "SELECT id, title, status, pdf_name FROM reports WHERE team_id = $1 ORDER BY created_at DESC LIMIT 100",
    )
    .bind(user.team_id)
    .fetch_all(&mut **db)
    .await
    .map(Json)
    .map_err(|_| Status::InternalServerError)
}

#[get("/reports/<id>/pdf")]
async fn pdf(
    user: AuthenticatedUser,
    id: Uuid,
    mut db: Connection<Reports>,
    storage: &State<ReportStorage>,
) -> Result<NamedFile, Status> {
    let name: Option<String> = sqlx::query_scalar(
        "SELECT pdf_name FROM reports WHERE id = $1 AND team_id = $2 AND status = 'ready'",
    )
    .bind(id)
    .bind(user.team_id)
    .fetch_optional(&mut **db)
    .await
    .map_err(|_| Status::InternalServerError)?
    .flatten();

    let name = name.ok_or(Status::NotFound)?;
    NamedFile::open(storage.output_dir.join(name))
        .await
        .map_err(|_| Status::NotFound)
}

/// `<file..>` as PathBuf goes through Rocket's FromSegments, which refuses `..`,
/// segments starting with `.` or `*`, and backslashes, so this stays under assets_dir.
#[get("/reports/assets/<file..>")]
async fn asset(_user: AuthenticatedUser, file: PathBuf, storage: &State<ReportStorage>) -> Option<NamedFile> {
    NamedFile::open(storage.assets_dir.join(file)).await.ok()
}

pub fn routes() -> Vec<Route> {
    routes![list, pdf, asset]
}
