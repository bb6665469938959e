defmodule Shop.Pricing.RuleEngine do
  @moduledoc """
  Applies a merchant's discount rules to a cart.

  Rules are stored per merchant in `pricing_rules` and edited from the
  merchant dashboard.
  """

  import Ecto.Query, warn: false

  alias Shop.Repo
  alias Shop.Pricing.Rule
  alias Shop.Carts.Cart

  @spec discount_for(Cart.t()) :: Decimal.t()
  def discount_for(%Cart{merchant_id: merchant_id} = cart) do
    merchant_id
    |> active_rules()
    |> Enum.map(&apply_rule(&1, cart))
    |> Enum.reduce(Decimal.new(0), &Decimal.add/2)
    |> Decimal.min(cart.subtotal)
  end

  defp active_rules(merchant_id) do
    now = DateTime.utc_now()

    Rule
    |> where([r], r.merchant_id == ^merchant_id and r.enabled)
    |> where([r], is_nil(r.starts_at) or r.starts_at <= ^now)
    |> where([r], is_nil(r.ends_at) or r.ends_at > ^now)
    |> order_by([r], asc: r.priority)
    |> Repo.all()
  end

  defp apply_rule(%Rule{kind: "percent_off", amount: pct}, %Cart{subtotal: subtotal}) do
    subtotal
    |> Decimal.mult(pct)
    |> Decimal.div(100)
    |> Decimal.round(2)
  end

  defp apply_rule(%Rule{kind: "fixed_off", amount: amount, min_subtotal: min}, %Cart{subtotal: subtotal}) do
    if is_nil(min) or Decimal.compare(subtotal, min) != :lt do
      amount
    else
      Decimal.new(0)
    end
  end

  defp apply_rule(%Rule{kind: "bulk", amount: per_item, min_quantity: min_qty}, %Cart{} = cart) do
    qty = Cart.item_count(cart)

    if qty >= min_qty do
      Decimal.mult(per_item, qty)
    else
      Decimal.new(0)
    end
  end

  defp apply_rule(%Rule{}, _cart), do: Decimal.new(0)
end
