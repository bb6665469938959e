defmodule Kiosk.Catalog do
  @moduledoc "Products and categories shown on the storefront."

  import Ecto.Query, warn: false

  alias Kiosk.Repo
  alias Kiosk.Catalog.{Category, Product}

  def list_categories do
    Category |> order_by(:position) |> Repo.all()
  end

  def get_product!(slug) when is_binary(slug) do
    Product
    |> where([p], p.slug == ^slug and p.published)
    |> preload(:category)
    |> Repo.one!()
  end

  def list_products(opts \\ []) do
    category_id = Keyword.get(opts, :category_id)

    Product
    |> where([p], p.published)
    |> maybe_filter_category(category_id)
    |> order_by([p], asc: p.name)
    |> Repo.all()
  end

  def search_products(term) when is_binary(term) do
    like = "%#{term}%"

    Product
    |> where([p], p.published)
    |> where([p], ilike(p.name, ^like) or fragment("? @@ plainto_tsquery('simple', ?)", p.search_vector, ^term))
    |> order_by([p], desc: fragment("ts_rank(?, plainto_tsquery('simple', ?))", p.search_vector, ^term))
    |> limit(50)
    |> Repo.all()
  end

  defp maybe_filter_category(query, nil), do: query
  defp maybe_filter_category(query, id), do: where(query, [p], p.category_id == ^id)
end
