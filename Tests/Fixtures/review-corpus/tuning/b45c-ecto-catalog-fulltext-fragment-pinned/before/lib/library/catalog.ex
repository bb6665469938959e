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

  def search_books(term, opts \\ []) when is_binary(term) do
    limit = Keyword.get(opts, :limit, @default_limit)
    like = "%" <> String.replace(term, ~r/[\\%_]/, "\\\\\\0") <> "%"

    Book
    |> where([b], is_nil(b.withdrawn_at))
    |> where([b], ilike(b.title, ^like) or ilike(b.author, ^like))
    |> order_by([b], asc: b.title)
    |> limit(^limit)
    |> Repo.all()
  end

  def get_book!(id), do: Repo.get!(Book, id)
end
