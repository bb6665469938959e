#[macro_use]
extern crate rocket;

mod deploy;
mod mailer;

use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::State;

use deploy::{DeployQueue, PushEvent};
use mailer::Mailer;

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
    // Set in the deployment env, e.g. POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000 locally.
    let postmark_token = std::env::var("POSTMARK_SERVER_TOKEN")
        .expect("POSTMARK_SERVER_TOKEN must be set");
    rocket::build()
        .manage(DeployQueue::new())
        .manage(Mailer::new(postmark_token))
        .mount("/", routes![github_push, healthz])
}
