defmodule ShopWeb.Plugs.RestoreGuestCart do
  @moduledoc """
  Puts the guest cart (if any) on `conn.assigns.cart`.

  Guest carts live in the session until the shopper signs in, at which point
  `Shop.Carts.merge_guest_cart/2` folds them into the account cart.
  """

  @behaviour Plug

  import Plug.Conn

  alias Shop.Carts

  @impl true
  def init(opts), do: opts

  @impl true
  def call(%Plug.Conn{assigns: %{current_user: %{}}} = conn, _opts), do: conn

  def call(conn, _opts) do
    cart =
      case get_session(conn, :guest_cart) do
        %{"items" => items} when is_list(items) -> Carts.from_items(items)
        _ -> Carts.empty()
      end

    assign(conn, :cart, cart)
  end
end
