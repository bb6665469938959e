use actix_files::NamedFile;
use actix_web::{error::ErrorInternalServerError, get, web, Error, HttpRequest, HttpResponse};
use serde::Deserialize;
use uuid::Uuid;

use crate::{auth::CurrentUser, state::AppState};

#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InvoiceFormat {
    #[default]
    Pdf,
    Html,
}

#[derive(Debug, Deserialize)]
pub struct FileQuery {
    #[serde(default)]
    format: InvoiceFormat,
}

/// Invoice files live in `<data_dir>/invoices/<tenant>/<uuid>.<ext>`. The id is parsed as a
/// Uuid by the extractor, so it can never contain a path separator or "..".
#[get("/invoices/{id}/file")]
pub async fn invoice_file(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    query: web::Query<FileQuery>,
) -> Result<HttpResponse, Error> {
    let id = id.into_inner();
    let owned = state
        .invoices
        .belongs_to(id, user.tenant_id)
        .await
        .map_err(ErrorInternalServerError)?;
    if !owned {
        return Ok(HttpResponse::NotFound().finish());
    }
    let ext = match query.format {
        InvoiceFormat::Pdf => "pdf",
        InvoiceFormat::Html => "html",
    };
    let path = state
        .data_dir
        .join("invoices")
        .join(user.tenant_id.to_string())
        .join(format!("{id}.{ext}"));
    Ok(NamedFile::open_async(path).await?.into_response(&req))
}
