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

  scope "/", ShopWeb do
    pipe_through :browser

    get "/", PageController, :home
    live "/products", ProductLive.Index, :index
    live "/products/:id", ProductLive.Show, :show
  end

  scope "/account", ShopWeb do
    pipe_through [:browser, :require_authenticated_user]

    live "/orders", OrderLive.Index, :index
    live "/orders/:id", OrderLive.Show, :show
    get "/orders/:id/receipt", ReceiptController, :show
  end

  scope "/admin", ShopWeb.Admin do
    pipe_through [:browser, :require_authenticated_user, :require_admin]

    live "/orders", OrderLive.Index, :index
    live "/inventory", InventoryLive.Index, :index
  end
end
