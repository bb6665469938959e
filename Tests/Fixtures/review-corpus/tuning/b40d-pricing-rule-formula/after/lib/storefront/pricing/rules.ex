defmodule Storefront.Pricing.Rules do
  @moduledoc """
  Applies a merchant's price rules to a line item.

  Rules are edited by merchants in the admin (Storefront.Pricing.Rule, stored per shop)
  and applied in priority order; each returns the new unit price in cents.

  `:formula` rules let merchants write an expression such as
  `if qty > 10, do: price * 0.9, else: price` using the bindings `price`, `qty` and `sku`.
  """

  alias Storefront.Pricing.Rule

  @spec apply_all([Rule.t()], map()) :: non_neg_integer()
  def apply_all(rules, %{unit_price: price} = line) do
    rules
    |> Enum.sort_by(& &1.priority)
    |> Enum.reduce(price, fn rule, acc -> apply_rule(rule, acc, line) end)
    |> max(0)
  end

  defp apply_rule(%Rule{kind: :percent_off, value: pct}, price, _line) do
    price - div(price * pct, 100)
  end

  defp apply_rule(%Rule{kind: :fixed_off, value: cents}, price, _line) do
    price - cents
  end

  defp apply_rule(%Rule{kind: :bulk, value: cents, min_qty: min}, price, %{qty: qty})
       when qty >= min do
    price - cents
  end

  defp apply_rule(%Rule{kind: :formula, expression: expr}, price, line) do
    bindings = [price: price, qty: line.qty, sku: line.sku]
    {result, _} = evaluate(expr, bindings)
    round(result)
  end

  defp apply_rule(_rule, price, _line), do: price

  defp evaluate(expr, bindings) do
    Code.eval_string(expr, bindings)
  end
end
