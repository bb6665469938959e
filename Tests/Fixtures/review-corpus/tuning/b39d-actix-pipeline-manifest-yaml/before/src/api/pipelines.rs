use actix_web::{post, web, HttpResponse, ResponseError};
use serde::Deserialize;

use crate::auth::ProjectMember;
use crate::pipelines::{self, PipelineError, StepKind};

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

/// POST /projects/{id}/pipelines — body is a JSON manifest.
#[post("/projects/{id}/pipelines")]
pub async fn import(
    member: ProjectMember,
    path: web::Path<i64>,
    manifest: web::Json<Manifest>,
) -> HttpResponse {
    let project_id = path.into_inner();
    match pipelines::create(project_id, member.user_id, manifest.into_inner()).await {
        Ok(created) => HttpResponse::Created().json(created),
        Err(err @ PipelineError::Invalid(_)) => err.error_response(),
        Err(err) => {
            tracing::error!(?err, project_id, "pipeline import failed");
            HttpResponse::InternalServerError().finish()
        }
    }
}
