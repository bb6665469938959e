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
    let create = warp::path!("exports")
        .and(warp::post())
        .and(with_user())
        .and(ctx.clone())
        .and_then(create_export);
    let download = warp::path!("exports" / String)
        .and(warp::get())
        .and(with_user())
        .and(ctx)
        .and_then(download_export);
    create.or(download)
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

async fn download_export(name: String, user: User, ctx: ExportCtx) -> Result<impl Reply, Rejection> {
    // Only "<uuid>.csv" is accepted, and the path below is rebuilt from the parsed
    // Uuid, never from `name` itself.
    let id = name
        .strip_suffix(".csv")
        .and_then(|stem| Uuid::parse_str(stem).ok())
        .ok_or_else(warp::reject::not_found)?;
    let owner = ctx
        .store
        .export_owner(id)
        .await
        .map_err(crate::reject::internal)?;
    if owner != Some(user.id) {
        return Err(warp::reject::not_found());
    }
    let path = ctx.dir.join(format!("{id}.csv"));
    let body = tokio::fs::read(&path)
        .await
        .map_err(|_| warp::reject::not_found())?;
    Ok(reply::with_header(
        reply::with_header(body, "Content-Type", "text/csv; charset=utf-8"),
        "Content-Disposition",
        format!("attachment; filename=\"export-{id}.csv\""),
    ))
}
