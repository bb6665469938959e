defmodule Larder.Catalog do
  @moduledoc "Products, categories and stock visible in the storefront."

  import Ecto.Query, warn: false

  alias Larder.Repo
  alias Larder.Catalog.{Category, Product}

  def list_categories do
    Repo.all(from c in Category, order_by: c.position)
  end

  def get_product!(shop_id, id) do
    Repo.one!(from p in Product, where: p.shop_id == ^shop_id and p.id == ^id)
  end

  def list_products(shop_id, opts \\ []) do
    limit = Keyword.get(opts, :limit, 24)

    Product
    |> where([p], p.shop_id == ^shop_id and p.published)
    |> order_by([p], desc: p.inserted_at)
    |> limit(^limit)
    |> Repo.all()
  end
end
