defmodule LedgerlyWeb.Router do
  use LedgerlyWeb, :router

  import LedgerlyWeb.UserAuth

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :fetch_live_flash
    plug :put_root_layout, html: {LedgerlyWeb.Layouts, :root}
    plug :protect_from_forgery
    plug :put_secure_browser_headers
    plug :fetch_current_user
  end

  pipeline :admin do
    plug :require_authenticated_user
    plug LedgerlyWeb.Plugs.RequireRole, :admin
  end

  scope "/", LedgerlyWeb do
    pipe_through :browser

    get "/", PageController, :home
    live "/pricing", PricingLive
  end

  scope "/", LedgerlyWeb do
    pipe_through [:browser, :require_authenticated_user]

    live_session :require_authenticated_user,
      on_mount: [{LedgerlyWeb.UserAuth, :ensure_authenticated}] do
      live "/ledgers", LedgerLive.Index, :index
      live "/ledgers/:id", LedgerLive.Show, :show
      live "/users/settings", UserSettingsLive, :edit
    end
  end

  scope "/admin", LedgerlyWeb.Admin, as: :admin do
    pipe_through [:browser, :admin]

    live_session :admin,
      on_mount: [{LedgerlyWeb.UserAuth, :ensure_authenticated}, {LedgerlyWeb.UserAuth, :ensure_admin}] do
      live "/users", UserLive.Index, :index
      live "/users/:id/edit", UserLive.Index, :edit
    end
  end

  # Plain controllers for the admin area (downloads / POST actions that don't fit LiveView).
  scope "/admin", LedgerlyWeb.Admin, as: :admin do
    pipe_through :browser

    get "/exports/users.csv", UserExportController, :index
    post "/users/:id/impersonate", ImpersonationController, :create
  end
end
