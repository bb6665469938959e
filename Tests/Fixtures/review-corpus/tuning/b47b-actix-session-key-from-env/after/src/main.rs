use actix_session::{storage::CookieSessionStore, SessionMiddleware};
use actix_web::{cookie::Key, middleware::Logger, web, App, HttpServer};
use base64::Engine;
use sqlx::postgres::PgPoolOptions;

mod config;
mod routes;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::new().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPoolOptions::new()
        .max_connections(10)
        .connect(&database_url)
        .await
        .expect("failed to connect to postgres");

    // 64 random bytes, base64-encoded; injected from Vault into the pod env.
    let session_key = std::env::var("SESSION_SIGNING_KEY").expect("SESSION_SIGNING_KEY must be set");
    let session_key = Key::from(
        &base64::engine::general_purpose::STANDARD
            .decode(session_key.trim())
            .expect("SESSION_SIGNING_KEY must be base64"),
    );

    let bind = std::env::var("BIND_ADDR").unwrap_or_else(|_| "0.0.0.0:8080".to_string());
    log::info!("listening on {bind}");

    HttpServer::new(move || {
        App::new()
            .wrap(Logger::default())
            .wrap(SessionMiddleware::new(CookieSessionStore::default(), session_key.clone()))
            .app_data(web::Data::new(pool.clone()))
            .configure(routes::configure)
    })
    .bind(bind)?
    .run()
    .await
}
