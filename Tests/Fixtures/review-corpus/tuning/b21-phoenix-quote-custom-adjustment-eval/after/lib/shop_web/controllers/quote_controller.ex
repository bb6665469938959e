defmodule ShopWeb.QuoteController do
  use ShopWeb, :controller

  alias Shop.Catalog
  alias Shop.Quotes
  alias Shop.Quotes.Quote

  action_fallback ShopWeb.FallbackController

  plug :require_account

  def create(conn, %{"quote" => quote_params}) do
    account = conn.assigns.current_account

    with {:ok, lines} <- build_lines(quote_params["lines"] || []),
         subtotal <- Enum.reduce(lines, Decimal.new(0), &Decimal.add(&2, &1.total)),
         discount <- Quotes.volume_discount(account, subtotal),
         {:ok, discount} <- apply_adjustment(quote_params["adjustment"], subtotal, discount),
         {:ok, %Quote{} = quote} <-
           Quotes.create_quote(account, %{
             lines: lines,
             subtotal: subtotal,
             discount: discount,
             total: Decimal.sub(subtotal, discount),
             note: quote_params["note"]
           }) do
      conn
      |> put_status(:created)
      |> render(:show, quote: quote)
    end
  end

  def show(conn, %{"id" => id}) do
    quote = Quotes.get_quote!(conn.assigns.current_account, id)
    render(conn, :show, quote: quote)
  end

  # Sales reps paste pricing tweaks such as "discount + subtotal * 0.05" into the quote form.
  defp apply_adjustment(nil, _subtotal, discount), do: {:ok, discount}
  defp apply_adjustment("", _subtotal, discount), do: {:ok, discount}

  defp apply_adjustment(expression, subtotal, discount) do
    bindings = [subtotal: Decimal.to_float(subtotal), discount: Decimal.to_float(discount)]

    case Code.eval_string(expression, bindings) do
      {value, _} when is_number(value) -> {:ok, Decimal.from_float(value / 1)}
      _ -> {:error, :invalid_adjustment}
    end
  end

  defp build_lines(raw_lines) do
    raw_lines
    |> Enum.reduce_while({:ok, []}, fn line, {:ok, acc} ->
      with %{"sku" => sku, "qty" => qty} when is_integer(qty) and qty > 0 <- line,
           %Catalog.Product{} = product <- Catalog.get_product_by_sku(sku) do
        total = Decimal.mult(product.unit_price, qty)
        {:cont, {:ok, [%{sku: sku, qty: qty, unit_price: product.unit_price, total: total} | acc]}}
      else
        _ -> {:halt, {:error, :invalid_line}}
      end
    end)
    |> case do
      {:ok, lines} -> {:ok, Enum.reverse(lines)}
      error -> error
    end
  end

  defp require_account(conn, _opts) do
    if conn.assigns[:current_account] do
      conn
    else
      conn
      |> put_status(:unauthorized)
      |> put_view(json: ShopWeb.ErrorJSON)
      |> render(:"401")
      |> halt()
    end
  end
end
