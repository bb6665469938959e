defmodule Shopfront.Catalog.Search do
  @moduledoc """
  Full-text product search backed by Postgres tsvector columns.
  """

  import Ecto.Query, warn: false

  alias Shopfront.Repo
  alias Shopfront.Catalog.Product

  @default_limit 24

  def search(term, opts \\ []) when is_binary(term) do
    limit = Keyword.get(opts, :limit, @default_limit)
    category_id = Keyword.get(opts, :category_id)

    Product
    |> where([p], p.published)
    |> where([p], fragment("? @@ websearch_to_tsquery('english', ?)", p.search_vector, ^term))
    |> maybe_filter_category(category_id)
    |> order_by([p], desc: fragment("ts_rank(?, websearch_to_tsquery('english', ?))", p.search_vector, ^term))
    |> limit(^limit)
    |> Repo.all()
  end

  defp maybe_filter_category(query, nil), do: query
  defp maybe_filter_category(query, id), do: where(query, [p], p.category_id == ^id)
end
