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
  http: [ip: {0, 0, 0, 0}, port: 4000],
  code_reloader: true,
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
