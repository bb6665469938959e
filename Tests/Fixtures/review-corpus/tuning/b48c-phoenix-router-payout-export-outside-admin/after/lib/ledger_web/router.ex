defmodule LedgerWeb.Router do
  use LedgerWeb, :router

  import LedgerWeb.UserAuth

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :fetch_live_flash
    plug :put_root_layout, html: {LedgerWeb.Layouts, :root}
    plug :protect_from_forgery
    plug :put_secure_browser_headers
    plug :fetch_current_user
  end

  pipeline :admin do
    plug :require_authenticated_user
    plug :require_role, :finance_admin
  end

  scope "/", LedgerWeb do
    pipe_through :browser

    get "/", PageController, :home
    get "/status", StatusController, :show
  end

  scope "/", LedgerWeb do
    pipe_through [:browser, :redirect_if_user_is_authenticated]

    live "/users/log_in", UserLoginLive, :new
    post "/users/log_in", UserSessionController, :create
  end

  scope "/admin", LedgerWeb.Admin, as: :admin do
    pipe_through [:browser, :admin]

    live "/payouts", PayoutLive.Index, :index
    live "/payouts/:id", PayoutLive.Show, :show
    get "/ledgers/:id/statement.pdf", StatementController, :show
  end

  # CSV pulled by the finance team's month-end spreadsheet.
  scope "/admin/exports", LedgerWeb.Admin do
    pipe_through :browser

    get "/payouts.csv", PayoutExportController, :index
    get "/ledgers/:id/entries.csv", LedgerExportController, :show
  end

  scope "/", LedgerWeb do
    pipe_through :browser

    delete "/users/log_out", UserSessionController, :delete
  end
end
