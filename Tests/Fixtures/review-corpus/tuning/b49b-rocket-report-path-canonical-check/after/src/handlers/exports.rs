use rocket::fs::NamedFile;
use rocket::get;
use rocket::http::Status;
use rocket::State;
use std::path::{Path, PathBuf};
use uuid::Uuid;

use crate::auth::ApiUser;
use crate::config::ExportConfig;

/// Downloads a finished CSV export. Files live at `<root>/<tenant>/<job_id>.csv`.
#[get("/exports/<job_id>")]
pub async fn download_export(
    user: ApiUser,
    cfg: &State<ExportConfig>,
    job_id: Uuid,
) -> Result<NamedFile, Status> {
    let dir: PathBuf = cfg.root.join(user.tenant_id.to_string());
    let path = dir.join(format!("{job_id}.csv"));
    NamedFile::open(&path).await.map_err(|_| Status::NotFound)
}

/// Scheduled reports are written as nested paths under the tenant's report
/// folder, e.g. `weekly/2024-W18/orders.csv`.
#[get("/reports?<path>")]
pub async fn download_report(
    user: ApiUser,
    cfg: &State<ExportConfig>,
    path: String,
) -> Result<NamedFile, Status> {
    let tenant_reports = cfg.root.join(user.tenant_id.to_string()).join("reports");
    let resolved = resolve_within(&tenant_reports, &path).ok_or(Status::NotFound)?;
    NamedFile::open(&resolved).await.map_err(|_| Status::NotFound)
}

/// Joins `requested` onto `root` and returns the result only if, once both are
/// canonicalised, it is a regular file still inside `root`. This rejects `..`,
/// absolute paths and symlinks pointing out of the tree.
fn resolve_within(root: &Path, requested: &str) -> Option<PathBuf> {
    let root = root.canonicalize().ok()?;
    let candidate = root.join(requested).canonicalize().ok()?;
    if candidate.starts_with(&root) && candidate.is_file() {
        Some(candidate)
    } else {
        None
    }
}
