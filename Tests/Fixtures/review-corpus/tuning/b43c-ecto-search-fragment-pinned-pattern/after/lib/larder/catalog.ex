defmodule Larder.Catalog do
  @moduledoc "Products, categories and search for the storefront."

  import Ecto.Query, warn: false

  alias Larder.Repo
  alias Larder.Catalog.Product

  def list_products(opts \\ []) do
    limit = Keyword.get(opts, :limit, 24)

    Product
    |> where([p], p.published)
    |> order_by([p], asc: p.name)
    |> limit(^limit)
    |> Repo.all()
  end

  def search_products(term, limit \\ 24) when is_binary(term) do
    pattern = "%" <> escape_like(String.trim(term)) <> "%"

    from(p in Product,
      where: p.published and (fragment("? ILIKE ?", p.name, ^pattern) or fragment("? ILIKE ?", p.sku, ^pattern)),
      order_by: [asc: p.name],
      limit: ^limit
    )
    |> Repo.all()
  end

  defp escape_like(term), do: String.replace(term, ~r/([\\%_])/, "\\\\\\1")

  def get_product!(slug), do: Repo.get_by!(Product, slug: slug, published: true)
end
