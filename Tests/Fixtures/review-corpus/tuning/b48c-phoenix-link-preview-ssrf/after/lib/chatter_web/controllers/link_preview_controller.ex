defmodule ChatterWeb.LinkPreviewController do
  use ChatterWeb, :controller

  @max_body 512_000

  @doc """
  Fetches the page a user pasted into the composer and returns its
  OpenGraph title, description and image for the unfurl card.
  """
  def show(conn, %{"url" => url}) do
    case Req.get(url, max_redirects: 5, receive_timeout: 5_000, decode_body: false) do
      {:ok, %Req.Response{status: 200, body: body}} when byte_size(body) <= @max_body ->
        json(conn, extract_preview(body, url))

      {:ok, %Req.Response{status: status, body: body}} ->
        conn
        |> put_status(:bad_gateway)
        |> json(%{error: "upstream returned #{status}", snippet: String.slice(to_string(body), 0, 500)})

      {:error, exception} ->
        conn
        |> put_status(:bad_gateway)
        |> json(%{error: Exception.message(exception)})
    end
  end

  defp extract_preview(html, url) do
    {:ok, doc} = Floki.parse_document(html)

    %{
      url: url,
      title: meta(doc, "og:title") || doc |> Floki.find("title") |> Floki.text(),
      description: meta(doc, "og:description"),
      image: meta(doc, "og:image")
    }
  end

  defp meta(doc, property) do
    case Floki.attribute(doc, ~s(meta[property="#{property}"]), "content") do
      [value | _] -> value
      [] -> nil
    end
  end
end
