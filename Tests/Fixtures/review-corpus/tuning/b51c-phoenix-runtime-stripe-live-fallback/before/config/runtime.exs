import Config

if System.get_env("PHX_SERVER") do
  config :ledgerly, LedgerlyWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      """

  config :ledgerly, Ledgerly.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
    ssl: true

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "environment variable SECRET_KEY_BASE is missing."

  host = System.get_env("PHX_HOST") || "app.ledgerly.io"
  port = String.to_integer(System.get_env("PORT") || "4000")

  config :ledgerly, LedgerlyWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: port],
    secret_key_base: secret_key_base

  config :stripity_stripe,
    api_key: System.fetch_env!("STRIPE_SECRET_KEY"),
    signing_secret: System.fetch_env!("STRIPE_WEBHOOK_SECRET")
end
