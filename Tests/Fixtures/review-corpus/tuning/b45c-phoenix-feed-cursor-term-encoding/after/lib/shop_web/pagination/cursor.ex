defmodule ShopWeb.Pagination.Cursor do
  @moduledoc """
  Opaque keyset cursors for the public product feed (`?after=...`).

  Cursors now carry the whole sort key (which can be a price Decimal, a rating
  float or a timestamp depending on `?sort=`), so we use the external term
  format instead of hand-rolled JSON per sort.
  """

  @spec encode(tuple()) :: String.t()
  def encode(sort_key) when is_tuple(sort_key) do
    sort_key
    |> :erlang.term_to_binary(compressed: 6)
    |> Base.url_encode64(padding: false)
  end

  @spec decode(String.t() | nil) :: {:ok, tuple()} | :error
  def decode(nil), do: :error

  def decode(cursor) when is_binary(cursor) do
    with {:ok, bin} <- Base.url_decode64(cursor, padding: false),
         sort_key when is_tuple(sort_key) <- :erlang.binary_to_term(bin) do
      {:ok, sort_key}
    else
      _ -> :error
    end
  end
end
