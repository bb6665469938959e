use rocket::fs::NamedFile;
use rocket::get;
use rocket::http::Status;
use rocket::State;
use std::path::PathBuf;
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
