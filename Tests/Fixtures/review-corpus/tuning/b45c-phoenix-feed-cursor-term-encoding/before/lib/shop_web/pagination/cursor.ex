defmodule ShopWeb.Pagination.Cursor do
  @moduledoc """
  Opaque keyset cursors for the public product feed (`?after=...`).
  """

  @spec encode(%{inserted_at: NaiveDateTime.t(), id: integer()}) :: String.t()
  def encode(%{inserted_at: inserted_at, id: id}) do
    %{"t" => NaiveDateTime.to_iso8601(inserted_at), "id" => id}
    |> Jason.encode!()
    |> Base.url_encode64(padding: false)
  end

  @spec decode(String.t() | nil) :: {:ok, {NaiveDateTime.t(), integer()}} | :error
  def decode(nil), do: :error

  def decode(cursor) when is_binary(cursor) do
    with {:ok, json} <- Base.url_decode64(cursor, padding: false),
         {:ok, %{"t" => t, "id" => id}} when is_integer(id) <- Jason.decode(json),
         {:ok, inserted_at} <- NaiveDateTime.from_iso8601(t) do
      {:ok, {inserted_at, id}}
    else
      _ -> :error
    end
  end
end
