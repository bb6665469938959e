use std::time::Duration;

use actix_web::{middleware::Logger, web, App, HttpServer};
use anyhow::Context;
use sqlx::postgres::PgPoolOptions;
use tracing_actix_web::TracingLogger;

mod config;
mod handlers;
mod payments;

use config::Settings;
use payments::AcquirerClient;

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .json()
        .init();

    let settings = Settings::from_env().context("loading settings")?;

    let db = PgPoolOptions::new()
        .max_connections(settings.db_pool_size)
        .acquire_timeout(Duration::from_secs(5))
        .connect(&settings.database_url)
        .await
        .context("connecting to postgres")?;

    sqlx::migrate!().run(&db).await.context("running migrations")?;

    let http = reqwest::Client::builder()
        .user_agent(concat!("checkout-svc/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(3))
        .timeout(Duration::from_secs(15))
        .pool_idle_timeout(Duration::from_secs(60))
        .build()
        .context("building http client")?;

    let acquirer = AcquirerClient::new(
        http.clone(),
        settings.acquirer_base_url.clone(),
        settings.acquirer_api_key.clone(),
    );

    let bind = (settings.host.clone(), settings.port);
    tracing::info!(?bind, "starting checkout-svc");

    HttpServer::new(move || {
        App::new()
            .wrap(TracingLogger::default())
            .wrap(Logger::default())
            .app_data(web::Data::new(db.clone()))
            .app_data(web::Data::new(acquirer.clone()))
            .app_data(web::JsonConfig::default().limit(64 * 1024))
            .service(handlers::health)
            .service(
                web::scope("/v1")
                    .service(handlers::create_payment)
                    .service(handlers::capture_payment)
                    .service(handlers::refund_payment),
            )
    })
    .workers(settings.workers)
    .bind(bind)?
    .run()
    .await?;

    Ok(())
}
