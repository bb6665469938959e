use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::State;

use crate::auth::AdminUser;
use crate::db::Db;
use crate::models::{UserSummary, UserUpdate};

#[get("/admin/users?<page>")]
pub async fn list_users(_admin: AdminUser, db: &State<Db>, page: Option<u32>) -> Result<Json<Vec<UserSummary>>, Status> {
    db.list_users(page.unwrap_or(0), 50)
        .await
        .map(Json)
        .map_err(|_| Status::InternalServerError)
}

#[patch("/admin/users/<id>", data = "<update>")]
pub async fn update_user(_admin: AdminUser, db: &State<Db>, id: i64, update: Json<UserUpdate>) -> Status {
    match db.update_user(id, update.into_inner()).await {
        Ok(true) => Status::NoContent,
        Ok(false) => Status::NotFound,
        Err(_) => Status::InternalServerError,
    }
}

#[delete("/admin/users/<id>")]
pub async fn delete_user(db: &State<Db>, id: i64) -> Status {
    match db.delete_user(id).await {
        Ok(true) => Status::NoContent,
        Ok(false) => Status::NotFound,
        Err(_) => Status::InternalServerError,
    }
}

pub fn routes() -> Vec<rocket::Route> {
    routes![list_users, update_user, delete_user]
}
