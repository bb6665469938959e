import Config

# Configure your database
#
# The MIX_TEST_PARTITION environment variable can be used
# to provide built-in test partitioning in CI environment.
# Run `mix help test` for more information.
config :shopfloor, Shopfloor.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "shopfloor_test#{System.get_env("MIX_TEST_PARTITION")}",
  pool: Ecto.Adapters.SQL.Sandbox,
  pool_size: System.schedulers_online() * 2

# We don't run a server during test. If one is required,
# you can enable the server option below.
config :shopfloor, ShopfloorWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4002],
  secret_key_base: "q3VbN0pJ6wLxT9rYc2KzH8mFd5sGa1eUo4iRt7yWnBvXcZl0kPjMh6gQ2fDs8aEu",
  server: false

# In test we don't send emails
config :shopfloor, Shopfloor.Mailer, adapter: Swoosh.Adapters.Test

# WebhookControllerTest signs its fixture payloads with this; runtime.exs reads the real one from env.
config :shopfloor, Shopfloor.Billing.Webhooks,
  signing_secret: "whsec_test_not_a_real_secret_0000000000",
  http_client: Shopfloor.Billing.FakeHTTP

# Disable swoosh api client as it is only required for production adapters
config :swoosh, :api_client, false

# Print only warnings and errors during test
config :logger, level: :warning

# Initialize plugs at runtime for faster test compilation
config :phoenix, :plug_init_mode, :runtime
