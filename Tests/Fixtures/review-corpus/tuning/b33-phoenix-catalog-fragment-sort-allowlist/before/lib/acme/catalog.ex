defmodule Acme.Catalog do
  @moduledoc """
  Products, categories and stock levels.
  """

  import Ecto.Query, warn: false

  alias Acme.Repo
  alias Acme.Catalog.{Category, Product}

  @page_size 24

  def list_categories do
    Category
    |> order_by([c], asc: c.position)
    |> Repo.all()
  end

  def list_products(page \\ 1) do
    Product
    |> where([p], p.published == true)
    |> order_by([p], desc: p.inserted_at)
    |> limit(@page_size)
    |> offset(^((max(page, 1) - 1) * @page_size))
    |> preload(:category)
    |> Repo.all()
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
