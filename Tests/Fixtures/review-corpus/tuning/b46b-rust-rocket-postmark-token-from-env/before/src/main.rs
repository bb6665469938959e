#[macro_use]
extern crate rocket;

mod deploy;

use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::State;

use deploy::{DeployQueue, PushEvent};

#[post("/hooks/github", data = "<event>")]
async fn github_push(queue: &State<DeployQueue>, event: Json<PushEvent>) -> Status {
    if event.git_ref != "refs/heads/main" {
        return Status::Accepted;
    }
    queue.enqueue(event.into_inner()).await;
    Status::Accepted
}

#[get("/healthz")]
fn healthz() -> &'static str {
    "ok"
}

#[launch]
fn rocket() -> _ {
    rocket::build()
        .manage(DeployQueue::new())
        .mount("/", routes![github_push, healthz])
}
