defmodule ShopWeb.Router do
  use ShopWeb, :router

  import ShopWeb.UserAuth

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :fetch_live_flash
    plug :put_root_layout, html: {ShopWeb.Layouts, :root}
    plug :protect_from_forgery
    plug :put_secure_browser_headers
    plug :fetch_current_user
  end

  pipeline :admin do
    plug :require_authenticated_user
    plug :require_admin
    plug :put_layout, html: {ShopWeb.Layouts, :admin}
  end

  scope "/", ShopWeb do
    pipe_through :browser

    get "/", PageController, :home
    live "/products", ProductLive.Index, :index
    live "/products/:id", ProductLive.Show, :show
  end

  scope "/account", ShopWeb do
    pipe_through [:browser, :require_authenticated_user]

    live_session :account, on_mount: [{ShopWeb.UserAuth, :ensure_authenticated}] do
      live "/orders", OrderLive.Index, :index
      live "/orders/:id", OrderLive.Show, :show
    end

    get "/orders/:id/receipt", ReceiptController, :show
  end

  scope "/admin", ShopWeb.Admin do
    pipe_through [:browser, :admin]

    live_session :admin, on_mount: [{ShopWeb.UserAuth, :ensure_authenticated}, {ShopWeb.UserAuth, :ensure_admin}] do
      live "/orders", OrderLive.Index, :index
      live "/inventory", InventoryLive.Index, :index
    end
  end
end
