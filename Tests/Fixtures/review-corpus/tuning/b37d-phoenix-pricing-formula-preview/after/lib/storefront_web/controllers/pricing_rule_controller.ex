defmodule StorefrontWeb.PricingRuleController do
  @moduledoc """
  Pricing rules for the merchant dashboard.

  `preview/2` lets a merchant try a formula such as `price * qty * (1 - discount)`
  or `if qty >= 10, do: price * 0.9, else: price` against one of their products
  before saving it.
  """
  use StorefrontWeb, :controller

  alias Storefront.Catalog
  alias Storefront.Pricing

  action_fallback StorefrontWeb.FallbackController

  def preview(conn, %{"product_id" => product_id, "formula" => formula} = params) do
    merchant = conn.assigns.current_merchant
    product = Catalog.get_product!(merchant, product_id)

    bindings = [
      price: Decimal.to_float(product.price),
      qty: parse_int(params["qty"], 1),
      discount: parse_float(params["discount"], 0.0)
    ]

    with {:ok, result} <- evaluate(formula, bindings) do
      json(conn, %{formula: formula, result: result})
    end
  end

  def create(conn, %{"pricing_rule" => attrs}) do
    merchant = conn.assigns.current_merchant

    with {:ok, rule} <- Pricing.create_rule(merchant, attrs) do
      conn
      |> put_status(:created)
      |> json(%{id: rule.id, name: rule.name, formula: rule.formula})
    end
  end

  defp evaluate(formula, bindings) do
    {value, _binding} = Code.eval_string(formula, bindings)

    if is_number(value) do
      {:ok, Float.round(value * 1.0, 2)}
    else
      {:error, :not_a_number}
    end
  rescue
    e in [SyntaxError, TokenMissingError, CompileError, ArithmeticError] ->
      {:error, {:invalid_formula, Exception.message(e)}}
  end

  defp parse_int(nil, default), do: default

  defp parse_int(value, default) do
    case Integer.parse(to_string(value)) do
      {n, ""} -> n
      _ -> default
    end
  end

  defp parse_float(nil, default), do: default

  defp parse_float(value, default) do
    case Float.parse(to_string(value)) do
      {f, ""} -> f
      _ -> default
    end
  end
end
