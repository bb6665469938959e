defmodule Library.Catalog.Search do
  @moduledoc "Full-text-ish search over the book catalogue."

  import Ecto.Query, warn: false

  alias Library.Repo
  alias Library.Catalog.Book

  @page_size 25

  def search(%{"q" => q} = params) when is_binary(q) and q != "" do
    page = params |> Map.get("page", "1") |> String.to_integer() |> max(1)
    term = String.downcase(String.trim(q))

    sql = """
    SELECT b.id
    FROM books b
    WHERE lower(b.title) LIKE '%#{term}%'
       OR lower(b.author) LIKE '%#{term}%'
    ORDER BY similarity(lower(b.title), '#{term}') DESC
    LIMIT #{@page_size} OFFSET #{(page - 1) * @page_size}
    """

    %{rows: rows} = Ecto.Adapters.SQL.query!(Repo, sql, [])
    ids = Enum.map(rows, fn [id] -> id end)

    from(b in Book, where: b.id in ^ids)
    |> Repo.all()
    |> Enum.sort_by(&Enum.find_index(ids, fn id -> id == &1.id end))
  end

  def search(params) do
    page = params |> Map.get("page", "1") |> String.to_integer() |> max(1)

    Book
    |> order_by([b], asc: b.title)
    |> limit(@page_size)
    |> offset(^((page - 1) * @page_size))
    |> Repo.all()
  end
end
