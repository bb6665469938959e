defmodule ShopWeb.Plugs.RestoreCart do
  @moduledoc """
  Loads the visitor's cart into `conn.assigns.cart`.

  The cart id lives in the (signed) session cookie; anonymous visitors get an
  empty cart that is only persisted once they add something.
  """
  @behaviour Plug

  import Plug.Conn

  alias Shop.Carts

  @impl true
  def init(opts), do: opts

  @impl true
  def call(conn, _opts) do
    cart =
      case get_session(conn, :cart_id) do
        nil -> Carts.new_cart()
        id -> Carts.get_cart(id) || Carts.new_cart()
      end

    assign(conn, :cart, cart)
  end
end
