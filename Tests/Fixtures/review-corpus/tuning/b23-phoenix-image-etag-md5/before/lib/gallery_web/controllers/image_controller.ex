defmodule GalleryWeb.ImageController do
  use GalleryWeb, :controller

  alias Gallery.Media
  alias Gallery.Media.Transform

  @max_width 2400
  @formats ~w(jpeg webp avif)

  plug :fetch_photo when action in [:show, :original]

  def show(conn, params) do
    photo = conn.assigns.photo

    with {:ok, width} <- parse_width(params["w"]),
         {:ok, format} <- parse_format(params["fmt"]),
         {:ok, binary} <- Transform.render(photo, width: width, format: format) do
      conn
      |> put_resp_content_type("image/#{format}")
      |> put_resp_header("cache-control", "public, max-age=86400")
      |> send_resp(200, binary)
    else
      {:error, :bad_width} -> send_resp(conn, 400, "w must be between 16 and #{@max_width}")
      {:error, :bad_format} -> send_resp(conn, 400, "fmt must be one of #{Enum.join(@formats, ", ")}")
      {:error, reason} -> send_resp(conn, 500, "render failed: #{inspect(reason)}")
    end
  end

  def original(conn, _params) do
    photo = conn.assigns.photo

    if Media.can_download_original?(conn.assigns.current_user, photo) do
      send_download(conn, {:file, Media.original_path(photo)}, filename: photo.filename)
    else
      send_resp(conn, 403, "forbidden")
    end
  end

  defp fetch_photo(conn, _opts) do
    case Media.get_public_photo(conn.params["id"]) do
      nil -> conn |> send_resp(404, "not found") |> halt()
      photo -> assign(conn, :photo, photo)
    end
  end

  defp parse_width(nil), do: {:ok, 1200}

  defp parse_width(value) do
    case Integer.parse(value) do
      {w, ""} when w >= 16 and w <= @max_width -> {:ok, w}
      _ -> {:error, :bad_width}
    end
  end

  defp parse_format(nil), do: {:ok, "jpeg"}
  defp parse_format(fmt) when fmt in @formats, do: {:ok, fmt}
  defp parse_format(_), do: {:error, :bad_format}
end
