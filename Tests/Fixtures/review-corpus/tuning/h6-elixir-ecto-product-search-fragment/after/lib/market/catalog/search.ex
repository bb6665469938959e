defmodule Market.Catalog.Search do
  @moduledoc "Full-text-ish product search for the storefront."

  import Ecto.Query, warn: false

  alias Market.Catalog.Product
  alias Market.Repo

  @sortable %{"price" => :price_cents, "name" => :name, "newest" => :inserted_at}

  def run(params) do
    term = Map.get(params, "q", "") |> String.trim()
    sort = Map.get(@sortable, Map.get(params, "sort"), :name)

    Product
    |> where([p], p.published == true)
    |> maybe_match(term)
    |> order_by([p], asc: field(p, ^sort))
    |> limit(48)
    |> Repo.all()
  end

  defp maybe_match(query, ""), do: query

  defp maybe_match(query, term) do
    pattern = "%" <> term <> "%"

    where(
      query,
      [p],
      fragment("? ILIKE ?", p.name, ^pattern) or
        fragment("to_tsvector('simple', ?) @@ plainto_tsquery('simple', ?)", p.description, ^term)
    )
  end
end
