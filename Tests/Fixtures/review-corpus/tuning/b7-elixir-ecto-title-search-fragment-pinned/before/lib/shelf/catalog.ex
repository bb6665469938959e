defmodule Shelf.Catalog do
  @moduledoc "Queries over the book catalogue."

  import Ecto.Query, warn: false

  alias Shelf.Repo
  alias Shelf.Catalog.Book

  def list_books(opts \\ []) do
    limit = Keyword.get(opts, :limit, 50)

    Book
    |> where([b], b.published == true)
    |> order_by([b], desc: b.inserted_at)
    |> limit(^limit)
    |> Repo.all()
  end

  def get_book!(id), do: Repo.get!(Book, id)

  def count_by_language do
    Book
    |> group_by([b], b.language)
    |> select([b], {b.language, count(b.id)})
    |> Repo.all()
    |> Map.new()
  end
end
