defmodule ShopWeb.PromoController do
  use ShopWeb, :controller

  alias Shop.Carts
  alias Shop.Promotions
  alias Shop.Promotions.Promo

  action_fallback ShopWeb.FallbackController

  @max_discount_ratio Decimal.new("0.9")

  def index(conn, _params) do
    promos = Promotions.list_active_promos()
    render(conn, :index, promos: promos)
  end

  def show(conn, %{"code" => code}) do
    with %Promo{} = promo <- Promotions.get_by_code(code) do
      render(conn, :show, promo: promo)
    end
  end

  @doc """
  Preview the effect of a discount on the current cart before the
  shopper applies a code at checkout.
  """
  def preview(conn, %{"cart_id" => cart_id} = params) do
    cart = Carts.get_cart!(conn.assigns.current_scope, cart_id)
    kind = Map.get(params, "kind", "percent")
    amount = params |> Map.get("amount", "0") |> Decimal.new()

    discount = compute_discount(kind, amount, cart)

    json(conn, %{
      subtotal: cart.subtotal,
      discount: discount,
      total: Decimal.sub(cart.subtotal, discount)
    })
  end

  defp compute_discount("percent", amount, cart) do
    cart.subtotal
    |> Decimal.mult(Decimal.div(amount, 100))
    |> cap(cart)
  end

  defp compute_discount("fixed", amount, cart) do
    cap(amount, cart)
  end

  defp compute_discount(_other, _amount, _cart), do: Decimal.new(0)

  defp cap(discount, cart) do
    ceiling = Decimal.mult(cart.subtotal, @max_discount_ratio)
    discount |> Decimal.max(0) |> Decimal.min(ceiling) |> Decimal.round(2)
  end
end
