defmodule Shopline.Pricing.DiscountRules do
  @moduledoc """
  Evaluates the automatic discount rules merchants configure in the storefront admin.

  A rule is stored as `%{condition: String.t(), percent: number}` where `condition`
  is the expression the merchant typed into the rule builder, for example
  `subtotal >= 5000 and quantity > 2 and country in ["DE", "AT"]`.
  """

  require Logger

  alias Shopline.Pricing.Cart

  @spec discount_percent(Cart.t(), [map()]) :: number()
  def discount_percent(%Cart{} = cart, rules) do
    rules
    |> Enum.filter(&matches?(cart, &1))
    |> Enum.map(& &1.percent)
    |> Enum.max(fn -> 0 end)
  end

  defp matches?(cart, %{condition: condition}) when is_binary(condition) do
    binding = [
      subtotal: cart.subtotal_cents,
      quantity: cart.item_count,
      country: cart.shipping_country
    ]

    {result, _binding} = Code.eval_string(condition, binding)
    result == true
  rescue
    error ->
      Logger.warning("discount rule failed: #{Exception.message(error)}")
      false
  end

  defp matches?(_cart, _rule), do: false
end
