use actix_web::{http::header::CONTENT_TYPE, post, web, HttpRequest, HttpResponse, ResponseError};
use serde::Deserialize;

use crate::auth::ProjectMember;
use crate::pipelines::{self, PipelineError, StepKind};

const MAX_MANIFEST_BYTES: usize = 256 * 1024;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub name: String,
    #[serde(default)]
    pub schedule: Option<String>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    #[serde(default)]
    pub depends_on: Vec<String>,
}

/// Manifests may be JSON or YAML; both decode into the same typed `Manifest`,
/// so unknown keys and unknown step kinds are rejected by serde.
fn decode_manifest(req: &HttpRequest, body: &[u8]) -> Result<Manifest, PipelineError> {
    if body.len() > MAX_MANIFEST_BYTES {
        return Err(PipelineError::Invalid("manifest too large".into()));
    }
    let ct = req.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if ct.starts_with("application/yaml") || ct.starts_with("application/x-yaml") {
        serde_yaml::from_slice::<Manifest>(body).map_err(|e| PipelineError::Invalid(e.to_string()))
    } else {
        serde_json::from_slice::<Manifest>(body).map_err(|e| PipelineError::Invalid(e.to_string()))
    }
}

/// POST /projects/{id}/pipelines — body is a JSON or YAML manifest.
#[post("/projects/{id}/pipelines")]
pub async fn import(
    member: ProjectMember,
    path: web::Path<i64>,
    req: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    let project_id = path.into_inner();
    let manifest = match decode_manifest(&req, &body) {
        Ok(m) => m,
        Err(err) => return err.error_response(),
    };
    match pipelines::create(project_id, member.user_id, manifest).await {
        Ok(created) => HttpResponse::Created().json(created),
        Err(err @ PipelineError::Invalid(_)) => err.error_response(),
        Err(err) => {
            tracing::error!(?err, project_id, "pipeline import failed");
            HttpResponse::InternalServerError().finish()
        }
    }
}
