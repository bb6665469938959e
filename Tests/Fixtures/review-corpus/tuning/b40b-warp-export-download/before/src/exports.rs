use std::{path::PathBuf, sync::Arc};

use serde::Serialize;
use uuid::Uuid;
use warp::{http::StatusCode, reply, Filter, Rejection, Reply};

use crate::{auth::with_user, jobs::JobQueue, store::Store, User};

#[derive(Clone)]
pub struct ExportCtx {
    pub dir: PathBuf,
    pub store: Arc<Store>,
    pub queue: JobQueue,
}

#[derive(Serialize)]
struct ExportCreated {
    id: Uuid,
    status: &'static str,
}

pub fn routes(ctx: ExportCtx) -> impl Filter<Extract = (impl Reply,), Error = Rejection> + Clone {
    let ctx = warp::any().map(move || ctx.clone());
    warp::path!("exports")
        .and(warp::post())
        .and(with_user())
        .and(ctx)
        .and_then(create_export)
}

async fn create_export(user: User, ctx: ExportCtx) -> Result<impl Reply, Rejection> {
    let id = Uuid::new_v4();
    ctx.store
        .insert_export(id, user.id)
        .await
        .map_err(crate::reject::internal)?;
    ctx.queue.enqueue_export(id, ctx.dir.join(format!("{id}.csv"))).await;
    Ok(reply::with_status(
        reply::json(&ExportCreated { id, status: "queued" }),
        StatusCode::ACCEPTED,
    ))
}
