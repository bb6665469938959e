defmodule Shopline.Pricing.DiscountRules do
  @moduledoc """
  Evaluates the automatic discount rules merchants configure in the storefront admin.

  A rule is stored as
  `%{field: "subtotal" | "quantity", op: ">=" | ">" | "==", value: number, percent: number}`.
  """

  alias Shopline.Pricing.Cart

  @fields %{"subtotal" => :subtotal_cents, "quantity" => :item_count}

  @spec discount_percent(Cart.t(), [map()]) :: number()
  def discount_percent(%Cart{} = cart, rules) do
    rules
    |> Enum.filter(&matches?(cart, &1))
    |> Enum.map(& &1.percent)
    |> Enum.max(fn -> 0 end)
  end

  defp matches?(cart, %{field: field, op: op, value: value}) do
    case Map.fetch(@fields, field) do
      {:ok, key} -> compare(Map.fetch!(cart, key), op, value)
      :error -> false
    end
  end

  defp compare(left, ">=", right), do: left >= right
  defp compare(left, ">", right), do: left > right
  defp compare(left, "==", right), do: left == right
  defp compare(_left, _op, _right), do: false
end
