defmodule Library.Catalog.Search do
  @moduledoc "Full-text-ish search over the book catalogue."

  import Ecto.Query, warn: false

  alias Library.Repo
  alias Library.Catalog.Book

  @page_size 25

  def search(params) do
    page = params |> Map.get("page", "1") |> String.to_integer() |> max(1)

    Book
    |> order_by([b], asc: b.title)
    |> limit(@page_size)
    |> offset(^((page - 1) * @page_size))
    |> Repo.all()
  end
end
