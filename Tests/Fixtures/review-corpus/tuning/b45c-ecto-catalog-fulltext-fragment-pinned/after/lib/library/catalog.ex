defmodule Library.Catalog do
  @moduledoc "Queries over the book catalogue."

  import Ecto.Query, warn: false
  alias Library.Repo
  alias Library.Catalog.Book

  @default_limit 25

  def list_books(opts \\ []) do
    limit = Keyword.get(opts, :limit, @default_limit)

    Book
    |> where([b], is_nil(b.withdrawn_at))
    |> order_by([b], asc: b.title)
    |> limit(^limit)
    |> Repo.all()
  end

  # Uses the generated `search_vector` tsvector column (see migration 20240611).
  def search_books(term, opts \\ []) when is_binary(term) do
    limit = Keyword.get(opts, :limit, @default_limit)

    Book
    |> where([b], is_nil(b.withdrawn_at))
    |> where([b], fragment("? @@ websearch_to_tsquery('english', ?)", b.search_vector, ^term))
    |> order_by([b],
      desc: fragment("ts_rank(?, websearch_to_tsquery('english', ?))", b.search_vector, ^term),
      asc: b.title
    )
    |> limit(^limit)
    |> Repo.all()
  end

  def get_book!(id), do: Repo.get!(Book, id)
end
