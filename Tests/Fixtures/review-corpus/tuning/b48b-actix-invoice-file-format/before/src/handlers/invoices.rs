use actix_files::NamedFile;
use actix_web::{error::ErrorInternalServerError, get, web, Error, HttpRequest, HttpResponse};
use uuid::Uuid;

use crate::{auth::CurrentUser, state::AppState};

/// Invoice files live in `<data_dir>/invoices/<tenant>/<uuid>.<ext>`. The id is parsed as a
/// Uuid by the extractor, so it can never contain a path separator or "..".
#[get("/invoices/{id}/pdf")]
pub async fn invoice_file(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
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
    let path = state
        .data_dir
        .join("invoices")
        .join(user.tenant_id.to_string())
        .join(format!("{id}.pdf"));
    Ok(NamedFile::open_async(path).await?.into_response(&req))
}
