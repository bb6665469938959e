import Config

config :tandem, Tandem.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "tandem_dev",
  stacktrace: true,
  show_sensitive_data_on_connection_error: true,
  pool_size: 10

config :tandem, TandemWeb.Endpoint,
  # Bind to loopback only: the debug error page and LiveDashboard must not be reachable from the LAN.
  http: [ip: {127, 0, 0, 1}, port: String.to_integer(System.get_env("PORT") || "4000")],
  check_origin: false,
  code_reloader: true,
  debug_errors: true,
  secret_key_base: "dev-only-secret-key-base-change-me-dev-only-secret-key-base-change-me",
  watchers: [
    esbuild: {Esbuild, :install_and_run, [:tandem, ~w(--sourcemap=inline --watch)]},
    tailwind: {Tailwind, :install_and_run, [:tandem, ~w(--watch)]}
  ]

config :tandem, TandemWeb.Endpoint,
  live_reload: [
    patterns: [
      ~r"priv/static/(?!uploads/).*(js|css|png|jpeg|jpg|gif|svg)$",
      ~r"lib/tandem_web/(controllers|live|components)/.*(ex|heex)$"
    ]
  ]

config :logger, :console, format: "[$level] $message\n"

config :phoenix, :stacktrace_depth, 20
config :phoenix, :plug_init_mode, :runtime
