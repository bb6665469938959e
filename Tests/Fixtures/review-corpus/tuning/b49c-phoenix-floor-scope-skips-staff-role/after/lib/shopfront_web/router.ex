defmodule ShopfrontWeb.Router do
  use ShopfrontWeb, :router

  import ShopfrontWeb.UserAuth

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :fetch_live_flash
    plug :put_root_layout, html: {ShopfrontWeb.Layouts, :root}
    plug :protect_from_forgery
    plug :put_secure_browser_headers
    plug :fetch_current_user
  end

  pipeline :api do
    plug :accepts, ["json"]
  end

  pipeline :admin do
    plug :require_authenticated_user
    plug :require_role, :staff
  end

  scope "/", ShopfrontWeb do
    pipe_through :browser

    get "/", PageController, :home
    resources "/products", ProductController, only: [:index, :show]
  end

  scope "/admin", ShopfrontWeb.Admin, as: :admin do
    pipe_through [:browser, :admin]

    live "/orders", OrderLive.Index, :index
    live "/orders/:id", OrderLive.Show, :show
    resources "/refunds", RefundController, only: [:index, :create]
  end

  # Warehouse tablets log in with shared floor accounts that can't do the
  # staff SSO flow yet; give them the order screens until WH-88 lands.
  scope "/floor", ShopfrontWeb.Admin, as: :floor do
    pipe_through [:browser, :require_authenticated_user]

    live "/orders", OrderLive.Index, :index
    live "/orders/:id", OrderLive.Show, :show
    resources "/refunds", RefundController, only: [:index, :create]
  end

  scope "/api", ShopfrontWeb.Api do
    pipe_through :api

    get "/health", HealthController, :show
  end
end
