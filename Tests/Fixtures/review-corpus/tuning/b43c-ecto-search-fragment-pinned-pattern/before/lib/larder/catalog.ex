defmodule Larder.Catalog do
  @moduledoc "Products, categories and search for the storefront."

  import Ecto.Query, warn: false

  alias Larder.Repo
  alias Larder.Catalog.Product

  def list_products(opts \\ []) do
    limit = Keyword.get(opts, :limit, 24)

    Product
    |> where([p], p.published)
    |> order_by([p], asc: p.name)
    |> limit(^limit)
    |> Repo.all()
  end

  def get_product!(slug), do: Repo.get_by!(Product, slug: slug, published: true)
end
