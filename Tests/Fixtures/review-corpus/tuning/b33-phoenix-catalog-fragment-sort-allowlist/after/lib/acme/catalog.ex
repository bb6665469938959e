defmodule Acme.Catalog do
  @moduledoc """
  Products, categories and stock levels.
  """

  import Ecto.Query, warn: false

  alias Acme.Repo
  alias Acme.Catalog.{Category, Product}

  @page_size 24

  @sortable %{
    "newest" => {:desc, :inserted_at},
    "price_asc" => {:asc, :price_cents},
    "price_desc" => {:desc, :price_cents},
    "name" => {:asc, :name}
  }

  def list_categories do
    Category
    |> order_by([c], asc: c.position)
    |> Repo.all()
  end

  @doc """
  Lists published products. `params` comes straight from the storefront query string:
  `"q"` (free text), `"category"` (slug), `"sort"` (a key of @sortable) and `"page"`.
  """
  def list_products(params \\ %{}) do
    page = params |> Map.get("page", "1") |> parse_page()
    {dir, field} = Map.get(@sortable, params["sort"], @sortable["newest"])

    Product
    |> where([p], p.published == true)
    |> filter_search(params["q"])
    |> filter_category(params["category"])
    |> order_by([p], [{^dir, field(p, ^field)}])
    |> limit(@page_size)
    |> offset(^((page - 1) * @page_size))
    |> preload(:category)
    |> Repo.all()
  end

  defp filter_search(query, term) when is_binary(term) and term != "" do
    pattern = "%" <> String.replace(term, ~r/[\\%_]/, "\\\\\\0") <> "%"

    where(
      query,
      [p],
      fragment("? ILIKE ? OR ? ILIKE ?", p.name, ^pattern, p.description, ^pattern)
    )
  end

  defp filter_search(query, _term), do: query

  defp filter_category(query, slug) when is_binary(slug) and slug != "" do
    from p in query,
      join: c in assoc(p, :category),
      where: c.slug == ^slug
  end

  defp filter_category(query, _slug), do: query

  defp parse_page(value) do
    case Integer.parse(to_string(value)) do
      {n, ""} when n > 0 -> n
      _ -> 1
    end
  end

  def get_product!(id), do: Repo.get!(Product, id) |> Repo.preload(:category)

  def get_product_by_slug(slug) do
    Product
    |> where([p], p.slug == ^slug and p.published == true)
    |> preload(:category)
    |> Repo.one()
  end

  def create_product(attrs \\ %{}) do
    %Product{}
    |> Product.changeset(attrs)
    |> Repo.insert()
  end

  def update_product(%Product{} = product, attrs) do
    product
    |> Product.changeset(attrs)
    |> Repo.update()
  end

  def adjust_stock(%Product{id: id}, delta) when is_integer(delta) do
    {count, _} =
      from(p in Product, where: p.id == ^id and p.stock + ^delta >= 0)
      |> Repo.update_all(inc: [stock: delta])

    if count == 1, do: :ok, else: {:error, :insufficient_stock}
  end

  def delete_product(%Product{} = product), do: Repo.delete(product)
end
