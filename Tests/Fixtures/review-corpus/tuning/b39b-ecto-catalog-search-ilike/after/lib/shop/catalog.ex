defmodule Shop.Catalog do
  @moduledoc "Product listing and lookup for the storefront."

  import Ecto.Query, warn: false

  alias Shop.Repo
  alias Shop.Catalog.Product

  @default_per_page 24

  def list_products(params \\ %{}) do
    per_page = params |> Map.get("per_page") |> to_int(@default_per_page) |> min(100)
    page = params |> Map.get("page") |> to_int(1) |> max(1)

    Product
    |> where([p], p.published)
    |> filter_by_category(params["category_id"])
    |> filter_by_search(params["q"])
    |> order_by([p], desc: p.inserted_at)
    |> limit(^per_page)
    |> offset(^((page - 1) * per_page))
    |> Repo.all()
  end

  def get_product!(slug), do: Repo.get_by!(Product, slug: slug, published: true)

  defp filter_by_category(query, nil), do: query

  defp filter_by_category(query, category_id) do
    where(query, [p], p.category_id == ^category_id)
  end

  defp filter_by_search(query, term) when is_binary(term) and byte_size(term) > 0 do
    pattern = "%" <> escape_like(String.trim(term)) <> "%"

    where(
      query,
      [p],
      fragment("? ILIKE ?", p.name, ^pattern) or fragment("? ILIKE ?", p.sku, ^pattern)
    )
  end

  defp filter_by_search(query, _term), do: query

  # Treat %, _ and \ in the shopper's search as literal characters, not wildcards.
  defp escape_like(term) do
    String.replace(term, ["\\", "%", "_"], fn char -> "\\" <> char end)
  end

  defp to_int(value, _default) when is_integer(value), do: value

  defp to_int(value, default) when is_binary(value) do
    case Integer.parse(value) do
      {int, ""} -> int
      _ -> default
    end
  end

  defp to_int(_, default), do: default
end
