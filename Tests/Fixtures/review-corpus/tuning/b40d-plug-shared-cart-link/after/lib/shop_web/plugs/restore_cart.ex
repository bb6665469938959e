defmodule ShopWeb.Plugs.RestoreCart do
  @moduledoc """
  Loads the visitor's cart into `conn.assigns.cart`.

  The cart id lives in the (signed) session cookie; anonymous visitors get an
  empty cart that is only persisted once they add something.

  A "share cart" link (`?cart=...`) carries the items themselves, packed by
  `ShopWeb.CartLink.encode/1`, and replaces the visitor's cart contents.
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

    conn = fetch_query_params(conn)

    case decode_shared_cart(conn.query_params["cart"]) do
      {:ok, items} -> assign(conn, :cart, Carts.replace_items(cart, items))
      :error -> assign(conn, :cart, cart)
    end
  end

  defp decode_shared_cart(nil), do: :error

  defp decode_shared_cart(packed) do
    with {:ok, bin} <- Base.url_decode64(packed, padding: false),
         items when is_list(items) <- :erlang.binary_to_term(bin) do
      {:ok, items}
    else
      _ -> :error
    end
  end
end
