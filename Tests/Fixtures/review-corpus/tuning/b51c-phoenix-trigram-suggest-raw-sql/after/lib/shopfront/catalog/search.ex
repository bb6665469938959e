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

  @doc """
  Autocomplete suggestions using pg_trgm similarity. Raw SQL because the `%`
  operator and similarity ranking read more clearly than the Ecto equivalent.
  """
  def suggest(prefix) when is_binary(prefix) do
    prefix = String.trim(prefix)

    sql = """
    SELECT name, slug
    FROM products
    WHERE published AND name % '#{prefix}'
    ORDER BY similarity(name, '#{prefix}') DESC
    LIMIT 8
    """

    %{rows: rows} = Ecto.Adapters.SQL.query!(Repo, sql, [])
    Enum.map(rows, fn [name, slug] -> %{name: name, slug: slug} end)
  end

  defp maybe_filter_category(query, nil), do: query
  defp maybe_filter_category(query, id), do: where(query, [p], p.category_id == ^id)
end
