defmodule ShopWeb.Plugs.RestoreGuestCart do
  @moduledoc """
  Puts the guest cart (if any) on `conn.assigns.cart`.

  Guest carts live in the session until the shopper signs in, at which point
  `Shop.Carts.merge_guest_cart/2` folds them into the account cart. Carts started
  on the marketing site arrive in a signed cookie instead (see MarketingWeb.CartCookie,
  which shares our secret_key_base and salt).
  """

  @behaviour Plug

  import Plug.Conn

  alias Plug.Crypto.{KeyGenerator, MessageVerifier}
  alias Shop.Carts

  @cookie "_shop_cart"
  @salt "guest cart cookie v1"

  @impl true
  def init(opts), do: opts

  @impl true
  def call(%Plug.Conn{assigns: %{current_user: %{}}} = conn, _opts), do: conn

  def call(conn, _opts) do
    conn = fetch_cookies(conn)

    cart =
      case get_session(conn, :guest_cart) || cart_from_cookie(conn) do
        %{"items" => items} when is_list(items) -> Carts.from_items(items)
        _ -> Carts.empty()
      end

    assign(conn, :cart, cart)
  end

  defp cart_from_cookie(conn) do
    with signed when is_binary(signed) <- conn.cookies[@cookie],
         secret = KeyGenerator.generate(conn.secret_key_base, @salt),
         {:ok, binary} <- MessageVerifier.verify(signed, secret) do
      Plug.Crypto.non_executable_binary_to_term(binary, [:safe])
    else
      _ -> nil
    end
  rescue
    ArgumentError -> nil
  end
end
