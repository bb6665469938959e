defmodule Larder.Catalog do
  @moduledoc "Products, categories and stock visible in the storefront."

  import Ecto.Query, warn: false

  alias Larder.Repo
  alias Larder.Catalog.{Category, Product}

  @sortable %{
    "newest" => {:desc, :inserted_at},
    "price_asc" => {:asc, :price_cents},
    "price_desc" => {:desc, :price_cents},
    "name" => {:asc, :name}
  }

  def list_categories do
    Repo.all(from c in Category, order_by: c.position)
  end

  def get_product!(shop_id, id) do
    Repo.one!(from p in Product, where: p.shop_id == ^shop_id and p.id == ^id)
  end

  @doc """
  Options: `:limit`, `:q` (free-text search on name and SKU), `:sort` (a key of @sortable,
  as sent by the storefront's sort dropdown).
  """
  def list_products(shop_id, opts \\ []) do
    limit = Keyword.get(opts, :limit, 24)
    {dir, field} = Map.get(@sortable, Keyword.get(opts, :sort), {:desc, :inserted_at})

    Product
    |> where([p], p.shop_id == ^shop_id and p.published)
    |> search(Keyword.get(opts, :q))
    |> order_by([p], [{^dir, field(p, ^field)}, asc: p.id])
    |> limit(^limit)
    |> Repo.all()
  end

  defp search(query, term) when term in [nil, ""], do: query

  defp search(query, term) do
    pattern = "%#{escape_like(String.trim(term))}%"

    where(query, [p], ilike(p.name, ^pattern) or ilike(p.sku, ^pattern))
  end

  defp escape_like(term), do: String.replace(term, ~r/[\\%_]/, "\\\\\\0")
end
