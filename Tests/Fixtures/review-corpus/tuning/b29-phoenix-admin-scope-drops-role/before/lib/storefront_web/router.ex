defmodule StorefrontWeb.Router do
  use StorefrontWeb, :router

  import StorefrontWeb.UserAuth

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :fetch_live_flash
    plug :put_root_layout, html: {StorefrontWeb.Layouts, :root}
    plug :protect_from_forgery
    plug :put_secure_browser_headers
    plug :fetch_current_user
  end

  pipeline :api do
    plug :accepts, ["json"]
    plug StorefrontWeb.Plugs.ApiKeyAuth
  end

  pipeline :require_admin do
    plug StorefrontWeb.Plugs.RequireRole, role: :admin
  end

  scope "/", StorefrontWeb do
    pipe_through :browser

    get "/", PageController, :home
    live "/products", ProductLive.Index, :index
    live "/products/:slug", ProductLive.Show, :show
  end

  scope "/", StorefrontWeb do
    pipe_through [:browser, :redirect_if_user_is_authenticated]

    live_session :redirect_if_user_is_authenticated,
      on_mount: [{StorefrontWeb.UserAuth, :redirect_if_user_is_authenticated}] do
      live "/users/register", UserRegistrationLive, :new
      live "/users/log_in", UserLoginLive, :new
      live "/users/reset_password", UserForgotPasswordLive, :new
      live "/users/reset_password/:token", UserResetPasswordLive, :edit
    end

    post "/users/log_in", UserSessionController, :create
  end

  scope "/", StorefrontWeb do
    pipe_through [:browser, :require_authenticated_user]

    live_session :require_authenticated_user,
      on_mount: [{StorefrontWeb.UserAuth, :ensure_authenticated}] do
      live "/users/settings", UserSettingsLive, :edit
      live "/users/settings/confirm_email/:token", UserSettingsLive, :confirm_email
      live "/orders", OrderLive.Index, :index
      live "/orders/:id", OrderLive.Show, :show
    end
  end

  scope "/admin", StorefrontWeb.Admin, as: :admin do
    pipe_through [:browser, :require_authenticated_user, :require_admin]

    live_session :admin,
      on_mount: [
        {StorefrontWeb.UserAuth, :ensure_authenticated},
        {StorefrontWeb.UserAuth, {:ensure_role, :admin}}
      ] do
      live "/", DashboardLive, :index
      live "/orders", OrderLive.Index, :index
      live "/orders/:id/refund", OrderLive.Refund, :refund
      live "/customers", CustomerLive.Index, :index
    end

    post "/exports/customers", ExportController, :customers
  end

  scope "/api", StorefrontWeb.Api, as: :api do
    pipe_through :api

    get "/products", ProductController, :index
    get "/products/:id", ProductController, :show
  end

  scope "/", StorefrontWeb do
    pipe_through [:browser]

    delete "/users/log_out", UserSessionController, :delete

    live_session :current_user,
      on_mount: [{StorefrontWeb.UserAuth, :mount_current_user}] do
      live "/users/confirm/:token", UserConfirmationLive, :edit
      live "/users/confirm", UserConfirmationLive, :new
    end
  end
end
