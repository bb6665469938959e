defmodule Library.Catalog do
  import Ecto.Query, warn: false

  alias Library.Repo
  alias Library.Catalog.Book

  @sortable ~w(title author published_on)a

  def list_books(params \\ %{}) do
    ordering = [{sort_dir(params["dir"]), sort_field(params["sort"])}]

    Book
    |> filter_title(params["q"])
    |> order_by(^ordering)
    |> Repo.all()
  end

  def get_book!(id), do: Repo.get!(Book, id)

  defp filter_title(query, nil), do: query
  defp filter_title(query, ""), do: query

  defp filter_title(query, term) do
    pattern = "%#{term}%"
    where(query, [b], ilike(b.title, ^pattern))
  end

  # Only ever returns one of @sortable; unknown values fall back to :title.
  defp sort_field(value) when is_binary(value) do
    Enum.find(@sortable, :title, &(Atom.to_string(&1) == value))
  end

  defp sort_field(_), do: :title

  defp sort_dir("desc"), do: :desc
  defp sort_dir(_), do: :asc
end
